// Table types of the register's editorial work (mirroring their migrations): working copies, published
// versions, internal notes, the audit log and imports awaiting confirmation. Split from schema.ts for
// length; schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type DraftState = 'editing' | 'review';

export interface ProjectDraftsTable {
  project_id: number;
  /** The working copy as a ProjectInput (without the publication state). */
  document: Json<unknown>;
  state: ColumnType<DraftState, DraftState | undefined, DraftState>;
  base_version: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: number | null;
}

export interface ProjectVersionsTable {
  id: Generated<number>;
  project_id: number;
  version: number;
  document: Json<unknown>;
  published_at: Timestamp;
  published_by: number | null;
}

export interface ProjectNotesTable {
  id: Generated<number>;
  project_id: number;
  author_id: number | null;
  body: string;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  /** Null where there was nothing before (created) or after. */
  before: Json<unknown>;
  after: Json<unknown>;
}

export interface PendingImportsTable {
  id: string;
  user_id: number;
  file_name: string;
  content: string;
  created_at: Timestamp;
}
