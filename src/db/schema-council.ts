// Table types of council information read from OParl (mirroring migration 018): the settings per
// municipality, the council's objects and the sync runs; schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type Flag = ColumnType<boolean, boolean | undefined, boolean>;
type TextList = ColumnType<string[], string[] | undefined, string[]>;

export interface CouncilSettingsTable {
  municipality_id: number;
  /** The OParl System's URL; null: the municipality has no OParl (decisions get web addresses by hand). */
  system_url: string | null;
  body_url: string | null;
  body_name: string | null;
  /** How the council's references look, e.g. `{body}-{number}/{year}` or `{number}/{year}`. */
  reference_pattern: string | null;
  /** Months a Vorhaben must be listed before its first deliberation (the participation guidelines' promise). */
  lead_time_months: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

/** What every council object has: its OParl id URL (unique per municipality), its modification time, the deleted mark. */
interface CouncilObject {
  id: Generated<number>;
  municipality_id: number;
  url: string;
  modified: Date | null;
  deleted: Flag;
  synced_at: Timestamp;
}

export interface CouncilOrganizationsTable extends CouncilObject {
  name: string | null;
  short_name: string | null;
  organization_type: string | null;
  classification: string | null;
  web: string | null;
}

export interface CouncilMeetingsTable extends CouncilObject {
  name: string | null;
  start_at: Date | null;
  end_at: Date | null;
  web: string | null;
  organization_urls: TextList;
  cancelled: Flag;
}

export interface CouncilPapersTable extends CouncilObject {
  body_url: string | null;
  name: string | null;
  reference: string | null;
  paper_type: string | null;
  date: DateOnly | null;
  web: string | null;
}

export interface CouncilAgendaItemsTable extends CouncilObject {
  meeting_url: string | null;
  position: number | null;
  number: string | null;
  name: string | null;
  result: string | null;
  public: boolean | null;
  consultation_url: string | null;
}

export interface CouncilConsultationsTable extends CouncilObject {
  paper_url: string | null;
  meeting_url: string | null;
  agenda_item_url: string | null;
  organization_urls: TextList;
  role: string | null;
  authoritative: boolean | null;
}

export type CouncilFileRole = 'main' | 'auxiliary' | 'resolution';

export interface CouncilFilesTable extends CouncilObject {
  paper_url: string | null;
  agenda_item_url: string | null;
  role: CouncilFileRole;
  name: string | null;
  mime_type: string | null;
  access_url: string | null;
  download_url: string | null;
  date: DateOnly | null;
}

export type SyncMode = 'full' | 'incremental';
export type SyncStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

export interface CouncilSyncRunsTable {
  id: Generated<number>;
  municipality_id: number;
  mode: SyncMode;
  /** The `modified_since` of an incremental run. */
  since: Date | null;
  started_at: Timestamp;
  /** Renewed by a timer while the run's process lives; a run whose heartbeat is old may be taken over. */
  heartbeat_at: Timestamp;
  /** The token of the process running it (migration 030): only that process writes the run and its pages. */
  owner: string | null;
  finished_at: Date | null;
  status: SyncStatus;
  /** The system and body the run read (the body once found): only runs of the current ones are a baseline. */
  system_url: string | null;
  body_url: string | null;
  /** Every page of every list was read: the next run may ask only for changes since this one started. */
  complete: Flag;
  objects_read: ColumnType<number, number | undefined, number>;
  objects_created: ColumnType<number, number | undefined, number>;
  objects_changed: ColumnType<number, number | undefined, number>;
  objects_deleted: ColumnType<number, number | undefined, number>;
  /** The faults of the run, grouped by kind (see the council module's sync-faults.ts). */
  faults: ColumnType<unknown, string | undefined, string>;
  fault_count: ColumnType<number, number | undefined, number>;
  decisions_matched: number | null;
  decisions_unmatched: number | null;
  /** Where an interrupted run goes on: the body and the next page of each list. */
  resume: ColumnType<unknown, string | undefined, string>;
  error: string | null;
}

/** An object a sync found named but not yet stored, waiting for its fetch (migration 031). */
export interface CouncilPendingReferencesTable {
  municipality_id: number;
  url: string;
  kind: 'Meeting' | 'AgendaItem' | 'Paper' | 'Consultation' | 'Organization' | 'File';
  /** What the referrer tells about it (an agenda item's meeting, a file's paper and role). */
  context: ColumnType<unknown, string | undefined, string>;
  found_at: Timestamp;
  /** When a fetch last failed; null: never tried. The least recently tried go first. */
  tried_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
}

/** A council event (a paper put on an agenda, a result recorded) its Vorhaben's followers were told of (migration 019). */
export interface CouncilNoticesTable {
  project_id: number;
  /** `agenda:<consultation url>` or `result:<agenda item url>:<result>`. */
  key: string;
  created_at: Timestamp;
}

/** A paper staff said is no decision of the Vorhaben: not suggested again (migration 019). */
export interface CouncilDismissedSuggestionsTable {
  project_id: number;
  paper_id: number;
  dismissed_at: Timestamp;
}

/** A suggestion staff confirmed: the decision keeps the paper whatever the matching finds (migration 019). */
export interface CouncilConfirmedPapersTable {
  project_id: number;
  /** The decision's reference, else its text (decision rows are written anew with each version). */
  decision_key: string;
  paper_id: number;
  confirmed_at: Timestamp;
}
