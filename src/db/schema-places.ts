// Table types of places (mirroring migration 040): the places below the partners with their official
// keys, which of them a Vorhaben concerns, and a Vorhaben's own places on the map; schema.ts re-exports
// them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';
import type { PlaceGeometry } from '../lib/geometry.js';

type Json<T> = ColumnType<T, string, string>;

export type LocalityKind = 'amt' | 'stadt' | 'gemeinde' | 'stadtteil';

export interface LocalitiesTable {
  id: Generated<number>;
  slug: string;
  /** Amtlicher Regionalschlüssel: 12 digits (municipality), 9 (Amt); null for a Stadtteil. */
  ars: string | null;
  /** AGS (8 digits), the Amt's key (9) or "<ARS of the city>-<Stadtteil number>". */
  code: string;
  name: string;
  kind: LocalityKind;
  municipality_slug: string;
  parent_id: number | null;
  checked: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface ProjectLocalitiesTable {
  project_id: number;
  locality_id: number;
}

export interface ProjectPlacesTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  label: string | null;
  geometry: Json<PlaceGeometry>;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}
