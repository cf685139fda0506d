// Editions as public JSON (the API, and the list the DCAT catalogue reads): only what is listed leaves
// the server.
import type { z } from 'zod';
import type { EditionChange } from './edition-diff.js';
import type { EditionDetail, EditionSummary } from './edition.types.js';
import type { apiEditionDetailSchema, apiEditionSchema } from './editions.schemas.js';

export interface EditionLinks {
  html: string;
  csv: string;
  pdf: string;
}

export function editionLinks(baseUrl: string, number: number, lang = 'de'): EditionLinks {
  const page = `${baseUrl}/${lang}/vorhabenliste/fortschreibungen/${number}`;
  return { html: page, csv: `${page}/vorhabenliste.csv`, pdf: `${page}/vorhabenliste.pdf` };
}

export function presentEdition(e: EditionSummary, baseUrl: string): z.infer<typeof apiEditionSchema> {
  return {
    number: e.number,
    date: e.date,
    decision: {
      reference: e.decision.reference,
      url: e.decision.url,
      project: e.decision.projectSlug ? `${baseUrl}/api/v1/projects/${e.decision.projectSlug}` : null,
    },
    projects: e.entryCount,
    published_at: e.publishedAt.toISOString(),
    counts: e.counts,
    links: editionLinks(baseUrl, e.number),
  };
}

const presentChange = (c: EditionChange) => ({ kind: c.kind, slug: c.slug, title: c.title, fields: c.fields, notes: c.notes });

export function presentEditionDetail(e: EditionDetail, baseUrl: string): z.infer<typeof apiEditionDetailSchema> {
  return { ...presentEdition(e, baseUrl), previous: e.previousNumber, changes: e.changes.map(presentChange) };
}
