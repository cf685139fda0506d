// Real OParl servers bend the specification (README of test/fixtures/oparl): "N/A" and empty strings as
// values, one object where a list belongs, deleted objects without `type`, GeoJSON points latitude first.
// Before an object is validated it is repaired here, the same way for 1.0 and 1.1, and every repair is
// reported as a fault of the run: the sync goes on, and staff can see what the vendor should fix.
import type { ReportFault } from './sync-faults.js';
import { calendarDay, clampInt4, storableText, validInstant } from './oparl-values.js';

export type OparlKind = 'System' | 'Body' | 'Organization' | 'Meeting' | 'AgendaItem' | 'Paper' | 'Consultation' | 'File' | 'Location';

/** Properties the specification defines as lists, per object type. */
const listProperties: Record<OparlKind, readonly string[]> = {
  System: ['otherOparlVersions', 'keyword'],
  Body: ['equivalent', 'legislativeTerm', 'keyword'],
  Organization: ['membership', 'post', 'keyword'],
  Meeting: ['organization', 'participant', 'auxiliaryFile', 'agendaItem', 'keyword'],
  AgendaItem: ['auxiliaryFile', 'keyword'],
  Paper: [
    'relatedPaper',
    'superordinatedPaper',
    'subordinatedPaper',
    'auxiliaryFile',
    'location',
    'originatorPerson',
    'underDirectionOf',
    'originatorOrganization',
    'consultation',
    'keyword',
  ],
  Consultation: ['organization', 'keyword'],
  File: ['derivativeFile', 'meeting', 'agendaItem', 'paper', 'keyword'],
  Location: ['keyword'],
};

/** Properties that may hold embedded objects, and their type. */
const embeddedProperties: Record<OparlKind, Readonly<Record<string, OparlKind>>> = {
  System: {},
  Body: { location: 'Location' },
  Organization: { location: 'Location' },
  Meeting: {
    location: 'Location',
    invitation: 'File',
    resultsProtocol: 'File',
    verbatimProtocol: 'File',
    auxiliaryFile: 'File',
    agendaItem: 'AgendaItem',
  },
  AgendaItem: { resolutionFile: 'File', auxiliaryFile: 'File', consultation: 'Consultation' },
  Paper: { mainFile: 'File', auxiliaryFile: 'File', location: 'Location', consultation: 'Consultation' },
  Consultation: {},
  File: {},
  Location: {},
};

// Without a regular expression: /^\s*(?:n\/a)?\s*$/ backtracks quadratically on a long run of blanks.
const isPlaceholder = (value: string) => {
  const trimmed = value.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'n/a';
};
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Germany lies between 47.2° and 55.1° north and 5.8° and 15.1° east: the two ranges do not overlap, so a
// point whose first number is a German latitude and whose second a German longitude was written the wrong way round.
const isLatitude = (n: unknown) => typeof n === 'number' && n >= 47 && n <= 55.5;
const isLongitude = (n: unknown) => typeof n === 'number' && n >= 5.5 && n <= 15.5;

function repairGeoJson(location: Record<string, unknown>, report: ReportFault, url: string): void {
  const geojson = location.geojson;
  if (!isRecord(geojson)) return;
  const geometry = isRecord(geojson.geometry) ? geojson.geometry : geojson;
  const coordinates: unknown = geometry.coordinates;
  if (geometry.type !== 'Point' || !Array.isArray(coordinates) || coordinates.length < 2) return;
  const [first, second, ...rest] = coordinates as unknown[];
  if (isLatitude(first) && isLongitude(second)) {
    geometry.coordinates = [second, first, ...rest];
    report('swapped_coordinates', url, `[${String(first)}, ${String(second)}]`);
  }
}

/** Strings anywhere inside a value, made storable (see storableText); `changed` tells whether any was not. */
function storable(value: unknown, changed: { found: boolean }): unknown {
  if (typeof value === 'string') {
    const text = storableText(value);
    if (text !== value) changed.found = true;
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => storable(item, changed));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storable(v, changed)]));
  return value;
}

// Fields Lotse stores in a `date` or `timestamptz` column, and the agenda item's `order` (an `integer`).
const dayFields = new Set(['date']);
const instantFields = new Set(['modified', 'created', 'start', 'end']);

/** The value PostgreSQL can store for a field, or null; only fields of a checked kind are looked at. */
function checkedValue(key: string, value: unknown): { value: unknown; invalid: boolean } {
  if (typeof value === 'string' && dayFields.has(key)) {
    const day = calendarDay(value);
    return { value: day === null ? null : value, invalid: day === null };
  }
  if (typeof value === 'string' && instantFields.has(key)) {
    const invalid = validInstant(value) === null;
    return { value: invalid ? null : value, invalid };
  }
  if (key === 'order' && typeof value === 'number' && Number.isInteger(value) && clampInt4(value) !== value)
    return { value: clampInt4(value), invalid: true };
  return { value, invalid: false };
}

/**
 * A repaired copy of a raw OParl object of the given type (embedded objects included), or null when it
 * is no object at all. Strings are trimmed; the caller validates the result.
 */
export function repairObject(raw: unknown, kind: OparlKind, report: ReportFault, context = ''): Record<string, unknown> | null {
  if (!isRecord(raw)) return null;
  const url = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id.trim() : context;
  const object: Record<string, unknown> = {};
  const placeholders: string[] = [];
  const invalid: string[] = [];
  for (const [key, rawValue] of Object.entries(raw)) {
    const changed = { found: false };
    const value = storable(rawValue, changed);
    if (changed.found) invalid.push(key);
    if (typeof value === 'string' && isPlaceholder(value)) {
      placeholders.push(key);
      object[key] = null;
      continue;
    }
    const checked = checkedValue(key, typeof value === 'string' ? value.trim() : value);
    if (checked.invalid) invalid.push(key);
    object[key] = checked.value;
  }
  if (placeholders.length) report('placeholder_value', url, placeholders.join(', '));
  if (invalid.length) report('invalid_value', url, invalid.join(', '));

  for (const key of listProperties[kind]) {
    const value = object[key];
    if (value === undefined || value === null || Array.isArray(value)) continue;
    object[key] = [value];
    report('object_instead_of_list', url, key);
  }

  for (const [key, embeddedKind] of Object.entries(embeddedProperties[kind])) {
    const value = object[key];
    if (Array.isArray(value)) {
      object[key] = (value as unknown[])
        .map((item) => (isRecord(item) ? repairObject(item, embeddedKind, report, url) : item))
        .filter((item) => item !== null && !(typeof item === 'string' && isPlaceholder(item)));
    } else if (isRecord(value)) {
      object[key] = repairObject(value, embeddedKind, report, url);
    }
  }

  if (kind === 'Location') repairGeoJson(object, report, url);
  if (typeof object.type !== 'string') {
    object.type = `https://schema.oparl.org/1.1/${kind}`;
    report('missing_type', url, object.deleted === true ? 'deleted' : null);
  }
  return object;
}
