// A place's shape as GeoJSON geometry (RFC 7946: longitude first, WGS 84): a point, a line or an area
// with one outer ring. Read from GeoJSON text (checked with check-geojson, then for ranges, for swapped
// coordinates and for rings that do not close) or from coordinates typed one pair per line, latitude
// first, the way people read them off a map.
import { onFirstUse } from './on-first-use.js';

export type Position = [number, number];
export type PlaceGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] };
export type PlaceKind = 'point' | 'line' | 'area';
export const placeKinds: readonly PlaceKind[] = ['point', 'line', 'area'];

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export interface GeometryProblem {
  /** A message key (geo.error.*) and its parameters. */
  key: string;
  params?: Record<string, string | number>;
}

const checkGeoJson = onFirstUse<typeof import('@placemarkio/check-geojson')>('@placemarkio/check-geojson');

export function kindOf(g: PlaceGeometry): PlaceKind {
  return g.type === 'Point' ? 'point' : g.type === 'LineString' ? 'line' : 'area';
}

export function positionsOf(g: PlaceGeometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  return g.coordinates.flat();
}

export function boxOf(g: PlaceGeometry): Box {
  const ps = positionsOf(g);
  return {
    minLng: Math.min(...ps.map((p) => p[0])),
    minLat: Math.min(...ps.map((p) => p[1])),
    maxLng: Math.max(...ps.map((p) => p[0])),
    maxLat: Math.max(...ps.map((p) => p[1])),
  };
}

const inBox = (p: Position, box: Box) => p[0] >= box.minLng && p[0] <= box.maxLng && p[1] >= box.minLat && p[1] <= box.maxLat;
const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * Problems of a geometry that parsed: coordinates out of range, too few positions, open rings, and
 * latitude and longitude swapped (every position outside the region, and all of them inside once swapped).
 */
export function geometryProblems(g: PlaceGeometry, region: Box): GeometryProblem[] {
  const ps = positionsOf(g);
  const problems: GeometryProblem[] = [];
  if (ps.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90))
    problems.push({ key: 'geo.error.range' });
  else if (!ps.some((p) => inBox(p, region)) && ps.every((p) => inBox([p[1], p[0]], region))) problems.push({ key: 'geo.error.swapped' });
  if (g.type === 'LineString' && g.coordinates.length < 2) problems.push({ key: 'geo.error.linePoints' });
  if (g.type === 'Polygon') {
    for (const ring of g.coordinates) {
      if (ring.length < 4) problems.push({ key: 'geo.error.areaPoints' });
      else if (!samePosition(ring[0]!, ring[ring.length - 1]!)) problems.push({ key: 'geo.error.openRing' });
    }
  }
  return problems;
}

export interface ParsedPlace {
  label: string | null;
  geometry: PlaceGeometry;
}

type Json = Record<string, unknown>;

/**
 * GeoJSON text (a FeatureCollection, a Feature or a bare geometry) as places. Multi-geometries and
 * geometry collections become one place per part; a feature's `name`, `title` or `label` property
 * becomes the place's label. Anything invalid refuses the whole text.
 */
export function parseGeoJsonPlaces(text: string, region: Box): { places: ParsedPlace[] } | { problems: GeometryProblem[] } {
  const issues = checkGeoJson().getIssues(text);
  if (issues.length) return { problems: issues.slice(0, 5).map((i) => ({ key: 'geo.error.invalid', params: { detail: i.message } })) };
  const places: ParsedPlace[] = [];
  const problems: GeometryProblem[] = [];
  const addGeometry = (g: Json, label: string | null) => {
    const coords = g.coordinates as unknown;
    switch (g.type) {
      case 'Point':
      case 'LineString':
      case 'Polygon':
        places.push({ label, geometry: { type: g.type, coordinates: coords } as PlaceGeometry });
        break;
      case 'MultiPoint':
        for (const c of coords as Position[]) places.push({ label, geometry: { type: 'Point', coordinates: c } });
        break;
      case 'MultiLineString':
        for (const c of coords as Position[][]) places.push({ label, geometry: { type: 'LineString', coordinates: c } });
        break;
      case 'MultiPolygon':
        for (const c of coords as Position[][][]) places.push({ label, geometry: { type: 'Polygon', coordinates: c } });
        break;
      case 'GeometryCollection':
        for (const part of g.geometries as Json[]) addGeometry(part, label);
        break;
    }
  };
  const addFeature = (f: Json) => {
    const props = (f.properties ?? {}) as Json;
    const label = [props.name, props.title, props.label].find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (f.geometry) addGeometry(f.geometry as Json, label?.trim().slice(0, 200) ?? null);
  };
  const doc = JSON.parse(text) as Json;
  if (doc.type === 'FeatureCollection') for (const f of doc.features as Json[]) addFeature(f);
  else if (doc.type === 'Feature') addFeature(doc);
  else addGeometry(doc, null);
  if (places.length === 0) problems.push({ key: 'geo.error.empty' });
  places.forEach((p, i) => {
    for (const problem of geometryProblems(p.geometry, region))
      problems.push({ key: problem.key, params: { ...problem.params, number: i + 1 } });
  });
  // Positions with more than two numbers (an altitude) are kept as two: the map is flat.
  for (const p of places) p.geometry = flatten(p.geometry);
  return problems.length ? { problems } : { places };
}

function flatten(g: PlaceGeometry): PlaceGeometry {
  const two = (p: Position): Position => [p[0], p[1]];
  if (g.type === 'Point') return { type: 'Point', coordinates: two(g.coordinates) };
  if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(two) };
  return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(two)) };
}

/**
 * Coordinates typed one pair per line, latitude first ("54.7833, 9.4333"; a decimal comma works when a
 * semicolon or a space separates the pair). An area's ring is closed when the last pair does not repeat
 * the first.
 */
export function parseCoordinateList(
  text: string,
  kind: PlaceKind,
  region: Box,
): { geometry: PlaceGeometry } | { problems: GeometryProblem[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const positions: Position[] = [];
  const problems: GeometryProblem[] = [];
  lines.forEach((line, i) => {
    const pair = readPair(line);
    if (!pair) problems.push({ key: 'geo.error.line', params: { number: i + 1, text: line.slice(0, 60) } });
    else positions.push([pair[1], pair[0]]);
  });
  if (problems.length) return { problems };
  if (positions.length === 0) return { problems: [{ key: 'geo.error.empty' }] };
  let geometry: PlaceGeometry;
  if (kind === 'point') {
    if (positions.length !== 1) return { problems: [{ key: 'geo.error.onePoint' }] };
    geometry = { type: 'Point', coordinates: positions[0]! };
  } else if (kind === 'line') geometry = { type: 'LineString', coordinates: positions };
  else {
    const ring = [...positions];
    if (ring.length > 1 && !samePosition(ring[0]!, ring[ring.length - 1]!)) ring.push(ring[0]!);
    geometry = { type: 'Polygon', coordinates: [ring] };
  }
  const found = geometryProblems(geometry, region);
  return found.length ? { problems: found } : { geometry };
}

function readPair(line: string): [number, number] | null {
  const germanDecimals = /^-?\d+(,\d+)?\s+-?\d+(,\d+)?$/.test(line);
  const parts = line.includes(';') ? line.split(';') : germanDecimals ? line.split(/\s+/) : line.split(/[,\s]+/);
  const numbers = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => Number(p.replace(',', '.')));
  if (numbers.length !== 2 || numbers.some((n) => !Number.isFinite(n))) return null;
  return [numbers[0]!, numbers[1]!];
}

/** Coordinates as typed in the form: one "lat, lon" pair per line (an area without the closing repeat). */
export function coordinateListOf(g: PlaceGeometry): string {
  const ps = g.type === 'Polygon' ? g.coordinates[0]!.slice(0, -1) : positionsOf(g);
  return ps.map((p) => `${p[1]}, ${p[0]}`).join('\n');
}
