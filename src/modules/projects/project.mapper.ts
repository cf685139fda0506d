// Converts between table rows and the Project / ProjectInput shapes. The only place that knows how a
// Vorhaben is spread over columns.
import type { NewProject, ProjectRow } from '../../db/schema.js';
import { contentLanguages, type LocalizedText } from '../../lib/localized.js';
import type { ProjectStatus } from './parsers/status.js';
import type {
  ChangeEntry,
  Decision,
  LocalityRef,
  MunicipalityRef,
  Project,
  ProjectInput,
  ProjectPlace,
  TopicRef,
} from './project.types.js';

export interface ProjectRelations {
  municipalities: MunicipalityRef[];
  topics: TopicRef[];
  decisions: (Decision & { id: number })[];
  changes: ChangeEntry[];
  places: ProjectPlace[];
  localities: LocalityRef[];
}

const json = (v: unknown) => JSON.stringify(v);

export function inputToRow(input: ProjectInput): Omit<NewProject, 'slug'> {
  return {
    title: json(input.title),
    description: json(input.description),
    goals: json(input.goals),
    status: input.status,
    status_text: json(input.statusText),
    next_steps: json(input.nextSteps),
    expected_duration: json(input.expectedDuration),
    decisions_text: input.decisionsText,
    costs_text: input.costs.text,
    costs_amount_cents: input.costs.amountCents,
    costs_currency: input.costs.currency,
    costs_approximate: input.costs.approximate,
    participation_formal: input.participation.formal,
    participation_informal: input.participation.informal,
    participation_text: json(input.participation.text),
    location_lat: input.location?.lat ?? null,
    location_lng: input.location?.lng ?? null,
    location_address: input.location?.address ?? null,
    contact: input.contact,
    links: json(input.links),
    further_info: json(input.furtherInfo),
    summary_plain: input.summaryPlain,
    start_date: input.startDate,
    end_date: input.endDate,
    ...(input.addedOn ? { added_on: input.addedOn } : {}),
    publication_state: input.publicationState,
  };
}

export function rowToProject(row: ProjectRow, rel: ProjectRelations): Project {
  const hasLocation = row.location_lat !== null || row.location_address !== null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    goals: row.goals,
    status: row.status as ProjectStatus,
    statusText: row.status_text,
    nextSteps: row.next_steps,
    expectedDuration: row.expected_duration,
    municipalities: rel.municipalities,
    topics: rel.topics,
    decisionsText: row.decisions_text,
    decisions: rel.decisions.map(({ id: _id, ...d }) => d),
    costs: {
      text: row.costs_text,
      amountCents: row.costs_amount_cents,
      currency: row.costs_currency,
      approximate: row.costs_approximate,
    },
    participation: { formal: row.participation_formal, informal: row.participation_informal, text: row.participation_text },
    location: hasLocation ? { lat: row.location_lat, lng: row.location_lng, address: row.location_address } : null,
    contact: row.contact,
    links: row.links,
    furtherInfo: row.further_info,
    summaryPlain: row.summary_plain,
    startDate: row.start_date,
    endDate: row.end_date,
    addedOn: row.added_on,
    publicationState: row.publication_state,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    changes: rel.changes,
    decisionIds: rel.decisions.map((d) => d.id),
    places: withLegacyPoint(row, rel.places),
    localities: rel.localities,
  };
}

/**
 * Coordinates given in the edit form or a spreadsheet's "Ort" column (one point, as before places
 * existed) are shown as the first place, unless a place already lies there.
 */
export function withLegacyPoint(
  row: Pick<ProjectRow, 'location_lat' | 'location_lng' | 'location_address'>,
  places: ProjectPlace[],
): ProjectPlace[] {
  if (row.location_lat === null || row.location_lng === null) return places;
  const [lng, lat] = [row.location_lng, row.location_lat];
  const known = places.some((p) => p.geometry.type === 'Point' && p.geometry.coordinates[0] === lng && p.geometry.coordinates[1] === lat);
  return known ? places : [{ id: 0, label: row.location_address, geometry: { type: 'Point', coordinates: [lng, lat] } }, ...places];
}

/** The editable fields of a stored project, comparable with what an import brings. */
export function projectToInput(p: Project): ProjectInput {
  return {
    title: p.title,
    description: p.description,
    goals: p.goals,
    status: p.status,
    statusText: p.statusText,
    nextSteps: p.nextSteps,
    expectedDuration: p.expectedDuration,
    municipalities: p.municipalities.map((m) => m.slug),
    topics: p.topics.map((t) => t.name.de),
    decisionsText: p.decisionsText,
    decisions: p.decisions,
    costs: p.costs,
    participation: p.participation,
    location: p.location,
    contact: p.contact,
    links: p.links,
    furtherInfo: p.furtherInfo,
    summaryPlain: p.summaryPlain,
    startDate: p.startDate,
    endDate: p.endDate,
    addedOn: p.addedOn,
    publicationState: p.publicationState,
  };
}

export const comparedFields = [
  'title',
  'description',
  'goals',
  'status',
  'statusText',
  'nextSteps',
  'expectedDuration',
  'municipalities',
  'topics',
  'decisionsText',
  'decisions',
  'costs',
  'participation',
  'location',
  'contact',
  'links',
  'furtherInfo',
  'summaryPlain',
  'startDate',
  'endDate',
  'addedOn',
  'publicationState',
] as const satisfies readonly (keyof ProjectInput)[];
export type ComparedField = (typeof comparedFields)[number];

/**
 * The fields in which `next` differs from `current`. A translation present in `current` but absent
 * from `next` is kept, not counted: a German spreadsheet must not wipe the Danish, English, North Frisian
 * or Low German texts.
 */
export function changedFields(current: ProjectInput, next: ProjectInput): ComparedField[] {
  const merged = mergeInput(current, next);
  return comparedFields.filter((f) => canonical(merged[f]) !== canonical(current[f]));
}

/** The fields in which two states differ, translations included: for comparing versions. */
export function differingFields(a: ProjectInput, b: ProjectInput): ComparedField[] {
  return comparedFields.filter((f) => canonical(a[f]) !== canonical(b[f]));
}

export function mergeInput(current: ProjectInput, next: ProjectInput): ProjectInput {
  const merged = { ...next } as Record<string, unknown>;
  for (const f of comparedFields) merged[f] = mergeTranslations(current[f], next[f]);
  merged.participation = { ...next.participation, text: mergeTranslations(current.participation.text, next.participation.text) };
  if (next.addedOn === null) merged.addedOn = current.addedOn;
  // Leichte Sprache is written in the back office: a file replaces it only where it brings one.
  if (next.summaryPlain === null) merged.summaryPlain = current.summaryPlain;
  return merged as unknown as ProjectInput;
}

function isLocalized(v: unknown): v is LocalizedText {
  return (
    typeof v === 'object' && v !== null && 'de' in v && Object.keys(v).every((k) => (contentLanguages as readonly string[]).includes(k))
  );
}

function mergeTranslations<T>(current: T, next: T): T {
  if (isLocalized(current) && isLocalized(next) && current.de === next.de) return { ...current, ...next };
  return next;
}

/** JSON with sorted keys and without undefined, so that equal values compare equal. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, x]) => x !== undefined && x !== '')
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  );
}
