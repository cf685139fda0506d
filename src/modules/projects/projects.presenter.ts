// Turns a Project into its public JSON. Only what is listed here leaves the server: internal fields
// added to Project later stay private unless someone adds them here on purpose.
import { centsToEuro } from '../../lib/format.js';
import { contentLanguages, type Locale, type LocalizedText, pick } from '../../lib/localized.js';
import { type DecisionCouncil, firstDeliberation, noCouncil } from '../council/index.js';
import type { Project } from './project.types.js';
import type { ApiProject, ApiSuggestions } from './projects.schemas.js';

export function projectUrl(baseUrl: string, locale: Locale, slug: string): string {
  return `${baseUrl}/${locale}/vorhaben/${encodeURIComponent(slug)}`;
}

const textFields = ['title', 'description', 'goals', 'statusText', 'nextSteps', 'expectedDuration', 'furtherInfo'] as const;

function translationsOf(p: Project): ApiProject['translations'] {
  const out: ApiProject['translations'] = {};
  for (const lang of contentLanguages) {
    const entry: Record<string, string> = {};
    for (const f of textFields) {
      const v = p[f]?.[lang];
      if (v) entry[f] = v;
    }
    const pt = p.participation.text?.[lang];
    if (pt) entry.participationText = pt;
    if (Object.keys(entry).length) out[lang] = entry;
  }
  return out;
}

type ApiDecision = ApiProject['decisions'][number];

/** A decision's paper: the synced one, else the address typed by hand (nothing else is known of it). */
function presentPaper(c: DecisionCouncil): ApiDecision['paper'] {
  if (c.paper) return c.paper;
  return c.webUrl ? { url: c.webUrl, web: c.webUrl, name: null, reference: null, paperType: null, date: null } : null;
}

function presentConsultations(c: DecisionCouncil): ApiDecision['consultations'] {
  return c.consultations
    .filter((d) => !d.meeting.cancelled)
    .map((d) => ({
      organization: d.organization,
      meeting: { name: d.meeting.name, start: d.meeting.start?.toISOString() ?? null, web: d.meeting.web },
      agendaItem: d.agendaItem,
      role: d.role,
    }));
}

function presentFirstDeliberation(p: Project, council: ReadonlyMap<number, DecisionCouncil>): ApiProject['firstDeliberation'] {
  const first = firstDeliberation(p.decisionIds.map((id) => council.get(id) ?? noCouncil));
  return first && { start: first.start.toISOString(), meeting: first.meeting, organization: first.organization, web: first.web };
}

/** As before places existed: the address and one point, now the first point among the places. */
function presentLocation(p: Project): ApiProject['location'] {
  const point = p.places.find((pl) => pl.geometry.type === 'Point')?.geometry.coordinates as [number, number] | undefined;
  if (!p.location?.address && !point) return null;
  return { lat: point?.[1] ?? null, lng: point?.[0] ?? null, address: p.location?.address ?? null };
}

/** `council`: the council data of the Vorhaben's decisions by decision id (see `councilOfProjects`). */
export function presentProject(p: Project, baseUrl: string, locale: Locale, council: ReadonlyMap<number, DecisionCouncil>): ApiProject {
  const text = (v: LocalizedText | null) => pick(v, locale)?.text ?? null;
  return {
    slug: p.slug,
    url: projectUrl(baseUrl, locale, p.slug),
    title: text(p.title) ?? p.title.de,
    description: text(p.description),
    goals: text(p.goals),
    status: p.status,
    statusText: text(p.statusText),
    nextSteps: text(p.nextSteps),
    expectedDuration: text(p.expectedDuration),
    municipalities: p.municipalities.map((m) => ({ slug: m.slug, name: m.name })),
    topics: p.topics.map((t) => ({ slug: t.slug, name: pick(t.name, locale)?.text ?? t.name.de })),
    decisionsText: p.decisionsText,
    decisions: p.decisions.map((d, i) => ({
      reference: d.reference,
      raw: d.raw,
      body: d.body,
      bodyName: d.bodyName,
      number: d.number,
      year: d.year,
      supplement: d.supplement,
      date: d.date,
      paper: presentPaper(council.get(p.decisionIds[i]!) ?? noCouncil),
      consultations: presentConsultations(council.get(p.decisionIds[i]!) ?? noCouncil),
    })),
    firstDeliberation: presentFirstDeliberation(p, council),
    costs: {
      text: p.costs.text,
      amount: centsToEuro(p.costs.amountCents),
      currency: p.costs.currency,
      approximate: p.costs.approximate,
    },
    participation: { formal: p.participation.formal, informal: p.participation.informal, text: text(p.participation.text) },
    location: presentLocation(p),
    places: p.places.map((pl) => ({ label: pl.label, geometry: pl.geometry })),
    localities: p.localities.map((l) => ({ slug: l.slug, name: l.name, kind: l.kind, ars: l.ars, municipality: l.municipality })),
    contact: p.contact,
    links: p.links.map((l) => ({ url: l.url, label: l.label })),
    furtherInfo: text(p.furtherInfo),
    summaryPlain: p.summaryPlain,
    startDate: p.startDate,
    endDate: p.endDate,
    addedOn: p.addedOn,
    updatedAt: p.updatedAt.toISOString(),
    publicationState: p.publicationState,
    archived: p.publicationState === 'archived',
    version: p.version,
    changes: p.changes.map((c) => ({
      version: c.version,
      date: c.changedAt.toISOString(),
      note: pick(c.note, locale)?.text ?? c.note.de,
      fields: c.fields,
    })),
    language: locale,
    translations: translationsOf(p),
  };
}

/** A suggestion while typing: the title in the asked language (German where there is none) and where it leads. */
export function presentSuggestion(p: Pick<Project, 'slug' | 'title'>, baseUrl: string, locale: Locale): ApiSuggestions['items'][number] {
  return { title: pick(p.title, locale)?.text ?? p.title.de, slug: p.slug, url: projectUrl(baseUrl, locale, p.slug) };
}
