// Reads projects in the API's JSON shape (a list, or a page object with `items`), as exported by
// `lotse export vorhabenliste --format json` or fetched from /api/v1/projects. Item N is reported as
// "line" N so that problems are listed the same way as for CSV files.
import { euroToCents } from '../../../lib/format.js';
import type { LocalizedText } from '../../../lib/localized.js';
import { parseDecisions } from '../../decisions/index.js';
import { matchMunicipalities } from '../../municipalities/index.js';
import { parseCosts } from '../parsers/costs.js';
import { parseParticipation } from '../parsers/participation.js';
import { classifyStatus } from '../parsers/status.js';
import type { ProjectInput } from '../project.types.js';
import { type ImportItem, importItemSchema } from '../projects.schemas.js';
import type { KnownMunicipality } from '../../municipalities/index.js';
import type { RowProblem } from './row-to-input.js';

export interface ParsedItem {
  line: number;
  id: string | null;
  input: ProjectInput;
}

export function readJson(content: string, municipalities: KnownMunicipality[]): { items: ParsedItem[] } | { problems: RowProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { problems: [{ line: 1, column: '', reason: 'import.reason.jsonMalformed', params: { detail: (err as Error).message } }] };
  }
  const list = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(list)) {
    return {
      problems: [
        { line: 1, column: '', reason: 'import.reason.jsonMalformed', params: { detail: 'expected an array or { "items": [...] }' } },
      ],
    };
  }
  const items: ParsedItem[] = [];
  const problems: RowProblem[] = [];
  list.forEach((raw, index) => {
    const line = index + 1;
    const parsed = importItemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ line, column: issue.path.join('.'), reason: 'import.reason.jsonField', params: { detail: issue.message } });
      return;
    }
    const result = itemToInput(parsed.data, line, municipalities);
    if ('problems' in result) problems.push(...result.problems);
    else items.push(result);
  });
  return problems.length ? { problems } : { items };
}

function itemToInput(item: ImportItem, line: number, municipalities: KnownMunicipality[]): ParsedItem | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const names = (item.municipalities ?? []).map((m) => (typeof m === 'string' ? m : m.slug));
  const slugs: string[] = [];
  for (const name of names) {
    const bySlug = municipalities.find((m) => m.slug === name);
    const matched = bySlug ? { slugs: [bySlug.slug], unknown: [] } : matchMunicipalities(name, municipalities);
    slugs.push(...matched.slugs.filter((s) => !slugs.includes(s)));
    for (const u of matched.unknown)
      problems.push({ line, column: 'municipalities', reason: 'import.reason.municipalityUnknown', params: { value: u } });
  }
  if (item.startDate && item.endDate && item.endDate < item.startDate)
    problems.push({ line, column: 'endDate', reason: 'import.reason.endBeforeStart', params: {} });
  if (problems.length) return { problems };

  const tr = item.translations ?? {};
  const loc = (
    de: string | null | undefined,
    key: keyof NonNullable<NonNullable<ImportItem['translations']>['da']>,
  ): LocalizedText | null => {
    const value = de?.trim();
    if (!value) return null;
    const out: LocalizedText = { de: value };
    if (tr.da?.[key]) out.da = tr.da[key];
    if (tr.en?.[key]) out.en = tr.en[key];
    return out;
  };
  const bodies = municipalities.filter((m) => slugs.includes(m.slug)).flatMap((m) => m.bodies);
  const decisionsText = item.decisionsText?.trim() || null;
  const costsText = item.costs?.text?.trim() || null;
  const parsedCosts = costsText ? parseCosts(costsText) : null;
  const amount = item.costs?.amount;
  const participationText = item.participation?.text?.trim() || null;
  const guessed = participationText ? parseParticipation(participationText) : { formal: false, informal: false };

  return {
    line,
    id: item.slug ?? null,
    input: {
      title: loc(item.title, 'title')!,
      description: loc(item.description, 'description'),
      goals: loc(item.goals, 'goals'),
      status: item.status ?? classifyStatus(item.statusText ?? ''),
      statusText: loc(item.statusText, 'statusText'),
      nextSteps: loc(item.nextSteps, 'nextSteps'),
      expectedDuration: loc(item.expectedDuration, 'expectedDuration'),
      municipalities: slugs,
      topics: (item.topics ?? []).map((t) => (typeof t === 'string' ? t : t.name).trim()).filter(Boolean),
      decisionsText,
      decisions: item.decisions ?? (decisionsText ? parseDecisions(decisionsText, bodies) : []),
      costs: {
        text: costsText,
        amountCents: amount !== undefined && amount !== null ? euroToCents(amount) : (parsedCosts?.amountCents ?? null),
        currency: 'EUR',
        approximate: item.costs?.approximate ?? parsedCosts?.approximate ?? false,
      },
      participation: {
        formal: item.participation?.formal ?? guessed.formal,
        informal: item.participation?.informal ?? guessed.informal,
        text: loc(participationText, 'participationText'),
      },
      location:
        item.location && (item.location.lat !== null || item.location.address)
          ? { lat: item.location.lat, lng: item.location.lng, address: item.location.address ?? null }
          : null,
      contact: item.contact?.trim() || null,
      links: (item.links ?? []).map((l) => ({ url: l.url, label: l.label ?? null })),
      furtherInfo: loc(item.furtherInfo, 'furtherInfo'),
      summaryPlain: item.summaryPlain?.trim() || null,
      startDate: item.startDate ?? null,
      endDate: item.endDate ?? null,
      addedOn: item.addedOn ?? null,
      publicationState: item.publicationState ?? 'published',
    },
  };
}
