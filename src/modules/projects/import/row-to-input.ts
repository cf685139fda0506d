// Turns one spreadsheet row (German column texts) into a ProjectInput, or into the list of problems
// that make the row unusable, each with its column and a translatable reason.
import { parseDate } from '../../../lib/dates.js';
import { localized } from '../../../lib/localized.js';
import { slugPattern } from '../../../lib/slug.js';
import type { MessageKey } from '../../../i18n/index.js';
import { parseDecisions } from '../../decisions/index.js';
import { type KnownMunicipality, matchMunicipalities } from '../../municipalities/index.js';
import { parseCosts } from '../parsers/costs.js';
import { parseLocation } from '../parsers/location.js';
import { parseParticipation } from '../parsers/participation.js';
import { classifyStatus } from '../parsers/status.js';
import type { ProjectInput, ProjectLink } from '../project.types.js';
import { MAX_SLUG_LENGTH } from '../projects.schemas.js';
import { type ColumnKey, headerFor, publicationStateWords } from './vorhabenliste-columns.js';

export interface RowProblem {
  line: number;
  column: string;
  reason: MessageKey;
  params: Record<string, string | number>;
}

export type RowValues = Partial<Record<ColumnKey, string>>;

const MAX_TITLE = 300;
const MAX_TEXT = 20000;

export function rowToInput(
  values: RowValues,
  line: number,
  municipalities: KnownMunicipality[],
): { id: string | null; input: ProjectInput } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (key: ColumnKey, reason: MessageKey, params: Record<string, string | number> = {}) =>
    problems.push({ line, column: headerFor(key), reason, params });
  const text = (key: ColumnKey) => (values[key] ?? '').trim();

  for (const [key, value] of Object.entries(values) as [ColumnKey, string][]) {
    const max = key === 'title' ? MAX_TITLE : MAX_TEXT;
    if (value.length > max) problem(key, 'import.reason.tooLong', { max });
  }

  const title = text('title');
  if (!title) problem('title', 'import.reason.titleRequired');

  const idText = text('id').toLowerCase();
  if (idText && (!slugPattern.test(idText) || idText.length > MAX_SLUG_LENGTH))
    problem('id', 'import.reason.idInvalid', { value: text('id') });

  const matched = matchMunicipalities(text('municipalities'), municipalities);
  for (const unknown of matched.unknown) problem('municipalities', 'import.reason.municipalityUnknown', { value: unknown });
  const chosen = municipalities.filter((m) => matched.slugs.includes(m.slug));
  const bodies = (chosen.length ? chosen : municipalities).flatMap((m) => m.bodies);

  const dates = {} as Record<'startDate' | 'endDate' | 'addedOn', string | null>;
  for (const key of ['startDate', 'endDate', 'addedOn'] as const) {
    const parsed = parseDate(text(key));
    if (parsed.ok) dates[key] = parsed.value;
    else {
      dates[key] = null;
      problem(key, 'import.reason.date.invalid', { value: text(key) });
    }
  }
  if (dates.startDate && dates.endDate && dates.endDate < dates.startDate) problem('endDate', 'import.reason.endBeforeStart');

  const location = parseLocation(text('location'));
  if (!location.ok) problem('location', 'import.reason.location.out_of_range', { value: text('location') });

  const stateWord = text('publicationState').toLowerCase();
  const publicationState = stateWord ? publicationStateWords[stateWord] : 'published';
  if (!publicationState) problem('publicationState', 'import.reason.publicationState', { value: text('publicationState') });

  const links = parseLinks(text('links'));
  if (links === null) problem('links', 'import.reason.linkInvalid', { value: text('links') });

  if (problems.length > 0) return { problems };

  const costs = parseCosts(text('costs'));
  const participation = parseParticipation(text('participation'));
  const decisionsText = text('decisions') || null;
  return {
    id: idText || null,
    input: {
      title: { de: title },
      description: localized(text('description')),
      goals: localized(text('goals')),
      status: classifyStatus(text('statusText')),
      statusText: localized(text('statusText')),
      nextSteps: localized(text('nextSteps')),
      expectedDuration: localized(text('expectedDuration')),
      municipalities: matched.slugs,
      topics: splitList(text('topics')),
      decisionsText,
      decisions: decisionsText ? parseDecisions(decisionsText, bodies) : [],
      costs: { text: costs.text || null, amountCents: costs.amountCents, currency: costs.currency, approximate: costs.approximate },
      participation: { formal: participation.formal, informal: participation.informal, text: localized(participation.text) },
      location: location.ok ? location.value : null,
      contact: text('contact') || null,
      links: links ?? [],
      furtherInfo: localized(text('furtherInfo')),
      summaryPlain: text('summaryPlain') || null,
      startDate: dates.startDate,
      endDate: dates.endDate,
      addedOn: dates.addedOn,
      publicationState: publicationState!,
    },
  };
}

/** Topic lists are separated by ';', ',' or new lines; order is kept, duplicates dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** One link per line, optionally labelled ("Ratsinformationssystem: https://…"); null if a line has no URL. */
export function parseLinks(text: string): ProjectLink[] | null {
  const links: ProjectLink[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = /(https?:\/\/\S+|mailto:\S+)/.exec(line);
    if (!match) return null;
    const label = line
      .slice(0, match.index)
      .replace(/[\s:–-]+$/, '')
      .trim();
    links.push({ url: match[1]!, label: label || null });
  }
  return links;
}

export function formatLinks(links: ProjectLink[]): string {
  return links.map((l) => (l.label ? `${l.label}: ${l.url}` : l.url)).join('\n');
}
