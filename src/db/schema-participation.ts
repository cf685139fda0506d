// Table types of residents' participation and events (mirroring migrations 008–010), split from
// schema.ts for length; schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';
import type { LocalizedText } from '../lib/localized.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type EventFormat = 'onsite' | 'online' | 'hybrid';
export type EventState = 'draft' | 'published' | 'cancelled';
export type AttendanceMode = 'onsite' | 'online';
export type RegistrationStatus = 'unconfirmed' | 'confirmed' | 'waiting' | 'cancelled';

export interface EventsTable {
  id: Generated<number>;
  slug: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText | null>;
  starts_at: Date;
  ends_at: Date;
  format: EventFormat;
  address: string | null;
  room: string | null;
  accessibility: Json<LocalizedText | null>;
  online_url: string | null;
  organiser_municipality_id: number | null;
  organiser_organisation_id: number | null;
  project_id: number | null;
  state: ColumnType<EventState, EventState | undefined, EventState>;
  cancel_reason: Json<LocalizedText | null>;
  registration_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  registration_opens_at: Date | null;
  registration_closes_at: Date | null;
  capacity_onsite: number | null;
  capacity_online: number | null;
  question: Json<LocalizedText | null>;
  reminder_hours: ColumnType<number, number | undefined, number>;
  retention_days: ColumnType<number, number | undefined, number>;
  documentation: Json<LocalizedText | null>;
  sequence: ColumnType<number, number | undefined, number>;
  process_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventTopicsTable {
  event_id: number;
  topic_id: number;
}

export interface EventFilesTable {
  id: Generated<number>;
  event_id: number;
  file_name: string;
  content_type: string;
  content: Buffer;
  size: number;
  created_at: Timestamp;
}

export interface EventRegistrationsTable {
  id: Generated<number>;
  event_id: number;
  mode: AttendanceMode;
  status: ColumnType<RegistrationStatus, RegistrationStatus | undefined, RegistrationStatus>;
  name: string;
  email: string;
  organisation: string | null;
  accessibility_needs: string | null;
  answer: string | null;
  locale: ColumnType<string, string | undefined, string>;
  confirm_token_hash: string;
  manage_token_hash: string;
  created_at: Timestamp;
  confirmed_at: Date | null;
  waiting_since: Date | null;
  cancelled_at: Date | null;
  attended_at: Date | null;
  reminded_at: Date | null;
  anonymised_at: Date | null;
}

export type NoticeStatus = 'unconfirmed' | 'received' | 'released' | 'hidden';
export type RequestStatus = 'unconfirmed' | 'received' | 'quorum_reached' | 'on_agenda' | 'accepted' | 'rejected' | 'hidden';

export interface NoticesTable {
  id: Generated<number>;
  project_id: number;
  body: string;
  name: string | null;
  email: string | null;
  locale: ColumnType<string, string | undefined, string>;
  /** The language the text is written in, as the writer confirmed it; null before it was recorded. */
  text_language: ColumnType<string | null, string | null | undefined, string | null>;
  confirm_token_hash: string | null;
  status: ColumnType<NoticeStatus, NoticeStatus | undefined, NoticeStatus>;
  weighing: string | null;
  /** The language of the administration's response (by default the notice's). */
  weighing_language: ColumnType<string | null, string | null | undefined, string | null>;
  weighed_by: number | null;
  created_at: Timestamp;
  confirmed_at: Date | null;
  released_at: Date | null;
  /** When staff released or hid it: the author's name and address are kept a fixed time from here. */
  closed_at: Date | null;
  anonymised_at: Date | null;
}

export interface AgendaDecision {
  reference: string | null;
  bodyName: string | null;
  date: string | null;
  raw: string;
}

export interface ParticipationRequestsTable {
  id: Generated<number>;
  project_id: number;
  kind: 'informal' | 'signatures';
  title: string;
  reasoning: string;
  initiator_name: string | null;
  initiator_email: string | null;
  locale: ColumnType<string, string | undefined, string>;
  /** The language the text is written in, as the writer confirmed it; null before it was recorded. */
  text_language: ColumnType<string | null, string | null | undefined, string | null>;
  confirm_token_hash: string | null;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  quorum: number | null;
  signature_count: ColumnType<number, number | undefined, number>;
  quorum_reached_at: Date | null;
  agenda_reference: string | null;
  /** A copy of the Vorhaben's decision the agenda item is linked to. */
  agenda_decision: ColumnType<AgendaDecision | null, string | undefined, string>;
  decision_text: string | null;
  /** The language of the published reasons (by default the request's); null before it was recorded. */
  decision_language: ColumnType<string | null, string | null | undefined, string | null>;
  /** The council's agenda item the request stands on (`council_agenda_items`), chosen by staff. */
  agenda_item_id: number | null;
  created_at: Timestamp;
  confirmed_at: Date | null;
  updated_at: Timestamp;
  /** When it was accepted, rejected or hidden; cleared when a hidden request is shown again. */
  closed_at: Date | null;
}

export interface SignaturesTable {
  id: Generated<number>;
  request_id: number;
  name: string;
  residence: string;
  email: string;
  /** The key of the normalised address (lib/address-key.ts): one confirmed signature per key. */
  email_key: string | null;
  locale: ColumnType<string, string | undefined, string>;
  confirm_token_hash: string;
  created_at: Timestamp;
  confirmed_at: Date | null;
}

export const phaseKinds = ['information', 'ideas', 'comments', 'prioritising', 'results'] as const;
export type PhaseKind = (typeof phaseKinds)[number];

export interface ParticipationProcessesTable {
  id: Generated<number>;
  slug: string;
  project_id: number;
  title: Json<LocalizedText>;
  description: Json<LocalizedText | null>;
  results: Json<LocalizedText | null>;
  state: ColumnType<'draft' | 'published', 'draft' | 'published' | undefined, 'draft' | 'published'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProcessPhasesTable {
  id: Generated<number>;
  process_id: number;
  kind: PhaseKind;
  starts_on: DateOnly;
  ends_on: DateOnly;
  position: number;
}
