// Table types of residents' accounts, ideas, comments and notifications (mirroring migration 011);
// schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const notifyModes = ['immediate', 'daily', 'off'] as const;
export type NotifyMode = (typeof notifyModes)[number];
export const ideaStatuses = ['new', 'in_review', 'accepted', 'rejected'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];
export const contributionChannels = ['online', 'event', 'paper'] as const;
export type ContributionChannel = (typeof contributionChannels)[number];

export interface ResidentsTable {
  id: Generated<number>;
  email: string;
  display_name: string | null;
  password_hash: string | null;
  locale: ColumnType<string, string | undefined, string>;
  notify_mode: ColumnType<NotifyMode, NotifyMode | undefined, NotifyMode>;
  unsubscribe_token: string;
  blocked_at: Date | null;
  blocked_reason: string | null;
  created_at: Timestamp;
}

export interface BlockedAddressesTable {
  email_hash: string;
  reason: string | null;
  created_at: Timestamp;
}

export interface ResidentSessionsTable {
  id: Generated<number>;
  resident_id: number;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Date;
}

export interface ResidentLinksTable {
  id: Generated<number>;
  email: string;
  token_hash: string;
  locale: ColumnType<string, string | undefined, string>;
  return_path: string | null;
  created_at: Timestamp;
  expires_at: Date;
  used_at: Date | null;
}

export interface IdeasTable {
  id: Generated<number>;
  process_id: number;
  resident_id: number | null;
  title: string;
  body: string;
  /** The language the text is written in, as the writer confirmed it; null before it was recorded. */
  text_language: ColumnType<string | null, string | null | undefined, string | null>;
  topic_id: number | null;
  location: string | null;
  status: ColumnType<IdeaStatus, IdeaStatus | undefined, IdeaStatus>;
  status_reason: string | null;
  answer: string | null;
  /** The language of the answer (by default the idea's); null before it was recorded. */
  answer_language: ColumnType<string | null, string | null | undefined, string | null>;
  answered_at: Date | null;
  linked_project_id: number | null;
  support_count: ColumnType<number, number | undefined, number>;
  hidden_at: Date | null;
  hidden_reason: string | null;
  /** Where it was given (migration 090): online, or typed in by staff from an event or a paper form. */
  channel: ColumnType<ContributionChannel, ContributionChannel | undefined, ContributionChannel>;
  source_event_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The participant's municipality, where they gave it on paper or at an event. */
  municipality_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The day an offline contribution was given; null online. */
  contributed_on: ColumnType<string | null, string | null | undefined, string | null>;
  entered_by: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface IdeaSupportsTable {
  id: Generated<number>;
  idea_id: number;
  resident_id: number | null;
  /** The key of the supporter's normalised address (lib/address-key.ts): one support per key. */
  supporter_key: string | null;
  created_at: Timestamp;
}

export interface CommentsTable {
  id: Generated<number>;
  project_id: number | null;
  idea_id: number | null;
  /** A section of a consultation's document (the third kind of thread). */
  consultation_section_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The passage of the section the comment is about, as the resident marked it. */
  quote: ColumnType<string | null, string | null | undefined, string | null>;
  parent_id: number | null;
  depth: number;
  resident_id: number | null;
  body: string;
  /** The language the text is written in, as the writer confirmed it; null before it was recorded. */
  text_language: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  edited_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  hidden_by: number | null;
  /** Where it was given (migration 090): online, or typed in by staff from an event or a paper form. */
  channel: ColumnType<ContributionChannel, ContributionChannel | undefined, ContributionChannel>;
  source_event_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The participant's municipality, where they gave it on paper or at an event. */
  municipality_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The day an offline contribution was given; null online. */
  contributed_on: ColumnType<string | null, string | null | undefined, string | null>;
  entered_by: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface CommentReportsTable {
  id: Generated<number>;
  comment_id: number;
  resident_id: number | null;
  reason: string;
  created_at: Timestamp;
  resolved_at: Date | null;
  resolved_by: number | null;
  resolution: 'hidden' | 'dismissed' | null;
}

export interface FollowsTable {
  id: Generated<number>;
  resident_id: number;
  project_id: number | null;
  topic_id: number | null;
  municipality_id: number | null;
  /** A place below the partners (migration 040). */
  locality_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

export interface NotificationItemsTable {
  id: Generated<string>;
  resident_id: number;
  project_id: number;
  kind: string;
  link: string;
  text: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
}
