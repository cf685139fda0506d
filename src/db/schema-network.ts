// Table types of the network: partners, introductions and advisory cases (mirroring migration 013);
// schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Flag = ColumnType<boolean, boolean | undefined, boolean>;

export const partnerKinds = ['association', 'company', 'school', 'research', 'public_body', 'volunteer'] as const;
export type PartnerKind = (typeof partnerKinds)[number];
export const caseStages = ['idea', 'concept', 'pilot', 'rollout'] as const;
export type CaseStage = (typeof caseStages)[number];
export const caseStatuses = ['requested', 'accepted', 'in_progress', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseOutcomes = ['became_project', 'referred_to_partner', 'funding_found', 'dropped'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

export interface PartnersTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: PartnerKind;
  description: string;
  offers: string | null;
  seeks: string | null;
  competencies: string | null;
  municipality_id: number | null;
  website: string | null;
  contact_email: string;
  resident_id: number | null;
  consented_at: Date | string;
  verified_at: Date | null;
  verified_by: number | null;
  hidden_at: Date | null;
  example: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The language of the partner's e-mails: the one its profile was last saved in. */
  locale: ColumnType<string, string | undefined, string>;
}

export interface PartnerTopicsTable {
  partner_id: number;
  topic_id: number;
}
export interface PartnerProjectsTable {
  partner_id: number;
  project_id: number;
}
export interface PartnerEventsTable {
  partner_id: number;
  event_id: number;
}

export interface IntroductionsTable {
  id: Generated<number>;
  partner_id: number;
  other_partner_id: number | null;
  idea_id: number | null;
  project_id: number | null;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  outcome: string | null;
  outcome_at: Date | null;
}

export interface AdvisoryCasesTable {
  id: Generated<number>;
  title: string;
  question: string;
  topic_id: number | null;
  stage: CaseStage;
  team: string;
  municipality_id: number | null;
  resident_id: number | null;
  advisor_id: number | null;
  status: ColumnType<CaseStatus, CaseStatus | undefined, CaseStatus>;
  outcome: CaseOutcome | null;
  outcome_note: string | null;
  project_id: number | null;
  example: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Date | null;
}

export interface AdvisorySessionsTable {
  id: Generated<number>;
  case_id: number;
  held_on: string;
  notes: string;
  internal: Flag;
  created_by: number | null;
  created_at: Timestamp;
}

export interface AdvisoryMessagesTable {
  id: Generated<number>;
  case_id: number;
  user_id: number | null;
  resident_id: number | null;
  body: string;
  internal: Flag;
  file_name: string | null;
  content_type: string | null;
  content: Buffer | null;
  size: number | null;
  created_at: Timestamp;
}
