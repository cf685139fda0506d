// Table types of document consultations (mirroring migration 085), split from schema.ts for length;
// schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';
import type { LocalizedText } from '../lib/localized.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export const weighingOutcomes = ['taken_up', 'partly', 'not_taken_up'] as const;
export type WeighingOutcome = (typeof weighingOutcomes)[number];
export const voteStances = ['agree', 'disagree'] as const;
export type VoteStance = (typeof voteStances)[number];

export interface ConsultationsTable {
  id: Generated<number>;
  slug: string;
  process_id: number;
  title: Json<LocalizedText>;
  summary: Json<LocalizedText | null>;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  /** The number of the version the council adopted, with its decision; null until then. */
  adopted_version: number | null;
  adopted_reference: string | null;
  adopted_url: string | null;
  adopted_project_slug: string | null;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ConsultationVersionsTable {
  id: Generated<number>;
  consultation_id: number;
  number: number;
  change_note: string | null;
  /** Null while the version is the draft being written. */
  published_at: Date | null;
  published_by: number | null;
  created_at: Timestamp;
}

export interface ConsultationSectionsTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  anchor: string;
  heading: string;
  body: string;
  change_note: string | null;
}

export interface ConsultationCitationsTable {
  section_id: number;
  comment_id: number;
}

export interface ConsultationVotesTable {
  section_id: number;
  resident_id: number;
  stance: VoteStance;
  updated_at: Timestamp;
}

export interface ConsultationWeighingsTable {
  comment_id: number;
  outcome: WeighingOutcome;
  reason: string;
  answer: string;
  weighed_by: number | null;
  weighed_at: Timestamp;
}
