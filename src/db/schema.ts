// Table types for Kysely. They mirror the migrations; a migration that changes a table changes this
// file in the same commit.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { LocalizedText } from '../lib/localized.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns come back as 'YYYY-MM-DD' strings (see the type parser in database.ts). */
type DateOnly = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface DecisionBodyRow {
  prefix: string;
  name: string;
}

export interface MunicipalitiesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: 'city' | 'district' | 'municipality';
  aliases: ColumnType<string[], string[] | undefined, string[]>;
  decision_bodies: Json<DecisionBodyRow[]>;
  /** Signatures that put a participation request on a committee's agenda; null until set. */
  participation_quorum: number | null;
  /** Days after a request is closed until its signatures are deleted. */
  signature_retention_days: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
}

export interface OrganisationsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: 'agency' | 'partner';
  website: string | null;
  created_at: Timestamp;
}

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: Json<LocalizedText>;
}

export interface ProjectLink {
  url: string;
  label: string | null;
}

export type PublicationState = 'draft' | 'published' | 'archived';

export interface ProjectsTable {
  id: Generated<number>;
  slug: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText | null>;
  goals: Json<LocalizedText | null>;
  status: string;
  status_text: Json<LocalizedText | null>;
  next_steps: Json<LocalizedText | null>;
  expected_duration: Json<LocalizedText | null>;
  decisions_text: string | null;
  costs_text: string | null;
  costs_amount_cents: number | null;
  costs_currency: string;
  costs_approximate: boolean;
  participation_formal: boolean;
  participation_informal: boolean;
  participation_text: Json<LocalizedText | null>;
  location_lat: number | null;
  location_lng: number | null;
  location_address: string | null;
  contact: string | null;
  links: Json<ProjectLink[]>;
  further_info: Json<LocalizedText | null>;
  /** Leichte Sprache: German only, by definition. */
  summary_plain: ColumnType<string | null, string | null | undefined, string | null>;
  start_date: DateOnly | null;
  end_date: DateOnly | null;
  added_on: ColumnType<string, string | undefined, string>;
  publication_state: PublicationState;
  version: Generated<number>;
  /** Generated: lower-case German title and description, for infix search. */
  search_text: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectMunicipalitiesTable {
  project_id: number;
  municipality_id: number;
  position: number;
}

export interface ProjectTopicsTable {
  project_id: number;
  topic_id: number;
  position: number;
}

export interface DecisionsTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  raw: string;
  reference: string | null;
  body: string | null;
  body_name: string | null;
  number: number | null;
  year: number | null;
  supplement: string | null;
  date: DateOnly | null;
  /** The council paper matched to the decision by its reference (council module). */
  council_paper_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The decision's address in the council system, typed by hand where there is no OParl. */
  council_web_url: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ProjectChangesTable {
  id: Generated<number>;
  project_id: number;
  version: number;
  changed_at: Timestamp;
  note: Json<LocalizedText>;
  fields: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ProgrammesTable {
  id: Generated<number>;
  slug: string;
  name: Json<LocalizedText>;
  summary: Json<LocalizedText | null>;
  federal_funding_cents: number | null;
  federal_funding_source: string | null;
  federal_funding_as_of: DateOnly | null;
  starts_on: DateOnly | null;
  ends_on: DateOnly | null;
  agency_id: number | null;
}

export interface AppMetaTable {
  key: string;
  value: Json<unknown>;
}

export * from './schema-accounts.js';
export * from './schema-editorial.js';
import type {
  AuditLogTable,
  PendingImportsTable,
  ProjectDraftsTable,
  ProjectNotesTable,
  ProjectVersionsTable,
} from './schema-editorial.js';
import type {
  OidcLoginsTable,
  PasswordResetsTable,
  SessionsTable,
  SignInFailuresTable,
  StaffRecoveryCodesTable,
  StaffSignInChallengesTable,
  StaffTotpTable,
  UserRolesTable,
  UsersTable,
} from './schema-accounts.js';
export * from './schema-participation.js';
export * from './schema-community.js';
export * from './schema-finance.js';
export * from './schema-network.js';
export * from './schema-opendata.js';
export * from './schema-council.js';
export * from './schema-surveys.js';
export * from './schema-consultations.js';
export * from './schema-places.js';
import type { LocalitiesTable, ProjectLocalitiesTable, ProjectPlacesTable } from './schema-places.js';
import type {
  CouncilAgendaItemsTable,
  CouncilConfirmedPapersTable,
  CouncilConsultationsTable,
  CouncilDismissedSuggestionsTable,
  CouncilFilesTable,
  CouncilMeetingsTable,
  CouncilNoticesTable,
  CouncilOrganizationsTable,
  CouncilPapersTable,
  CouncilSettingsTable,
  CouncilPendingReferencesTable,
  CouncilSyncRunsTable,
} from './schema-council.js';
import type {
  AdvisoryCasesTable,
  AdvisoryMessagesTable,
  AdvisorySessionsTable,
  IntroductionsTable,
  PartnerEventsTable,
  PartnerProjectsTable,
  PartnersTable,
  PartnerTopicsTable,
} from './schema-network.js';
import type {
  BlockedAddressesTable,
  CommentReportsTable,
  CommentsTable,
  FollowsTable,
  IdeaSupportsTable,
  IdeasTable,
  NotificationItemsTable,
  ResidentLinksTable,
  ResidentSessionsTable,
  ResidentsTable,
} from './schema-community.js';
import type {
  FinanceBudgetLinesTable,
  FinanceDeadlinesTable,
  FinanceDrawdownsTable,
  FinanceExpendituresTable,
  FinanceIndicatorsTable,
  FinanceIndicatorValuesTable,
  FinanceMeasureProjectsTable,
  FinanceMeasuresTable,
  FinanceMilestonesTable,
  FinanceOutputsTable,
  FinancePendingImportsTable,
  FinanceRemindersSentTable,
  ProgrammeFundingFiguresTable,
  ProgrammeGrantsTable,
  ProgrammePartnerSharesTable,
  ProgrammePhasesTable,
} from './schema-finance.js';
import type {
  EventFilesTable,
  EventRegistrationsTable,
  EventsTable,
  EventTopicsTable,
  NoticesTable,
  ParticipationProcessesTable,
  ParticipationRequestsTable,
  ProcessPhasesTable,
  SignaturesTable,
} from './schema-participation.js';

import type {
  AlertItemsTable,
  AlertScanTable,
  AlertSubscriptionsTable,
  ListEditionChangesTable,
  ListEditionEntriesTable,
  ListEditionsTable,
} from './schema-opendata.js';
import type {
  SurveyAnswersTable,
  SurveyCodesTable,
  SurveyParticipantsTable,
  SurveyQuestionsTable,
  SurveyResponsesTable,
  SurveysTable,
} from './schema-surveys.js';
import type {
  ConsultationCitationsTable,
  ConsultationSectionsTable,
  ConsultationsTable,
  ConsultationVersionsTable,
  ConsultationVotesTable,
  ConsultationWeighingsTable,
} from './schema-consultations.js';

export interface Database {
  municipalities: MunicipalitiesTable;
  organisations: OrganisationsTable;
  topics: TopicsTable;
  projects: ProjectsTable;
  project_municipalities: ProjectMunicipalitiesTable;
  project_topics: ProjectTopicsTable;
  decisions: DecisionsTable;
  project_changes: ProjectChangesTable;
  programmes: ProgrammesTable;
  app_meta: AppMetaTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  staff_totp: StaffTotpTable;
  staff_recovery_codes: StaffRecoveryCodesTable;
  staff_sign_in_challenges: StaffSignInChallengesTable;
  project_drafts: ProjectDraftsTable;
  project_versions: ProjectVersionsTable;
  project_notes: ProjectNotesTable;
  audit_log: AuditLogTable;
  pending_imports: PendingImportsTable;
  password_resets: PasswordResetsTable;
  oidc_logins: OidcLoginsTable;
  events: EventsTable;
  event_topics: EventTopicsTable;
  event_files: EventFilesTable;
  event_registrations: EventRegistrationsTable;
  notices: NoticesTable;
  participation_requests: ParticipationRequestsTable;
  signatures: SignaturesTable;
  participation_processes: ParticipationProcessesTable;
  process_phases: ProcessPhasesTable;
  residents: ResidentsTable;
  blocked_addresses: BlockedAddressesTable;
  resident_sessions: ResidentSessionsTable;
  resident_links: ResidentLinksTable;
  ideas: IdeasTable;
  idea_supports: IdeaSupportsTable;
  comments: CommentsTable;
  comment_reports: CommentReportsTable;
  follows: FollowsTable;
  notification_items: NotificationItemsTable;
  programme_grants: ProgrammeGrantsTable;
  programme_phases: ProgrammePhasesTable;
  programme_funding_figures: ProgrammeFundingFiguresTable;
  programme_partner_shares: ProgrammePartnerSharesTable;
  finance_measures: FinanceMeasuresTable;
  finance_measure_projects: FinanceMeasureProjectsTable;
  finance_milestones: FinanceMilestonesTable;
  finance_indicators: FinanceIndicatorsTable;
  finance_indicator_values: FinanceIndicatorValuesTable;
  finance_outputs: FinanceOutputsTable;
  finance_budget_lines: FinanceBudgetLinesTable;
  finance_expenditures: FinanceExpendituresTable;
  finance_drawdowns: FinanceDrawdownsTable;
  finance_deadlines: FinanceDeadlinesTable;
  finance_reminders_sent: FinanceRemindersSentTable;
  finance_pending_imports: FinancePendingImportsTable;
  partners: PartnersTable;
  partner_topics: PartnerTopicsTable;
  partner_projects: PartnerProjectsTable;
  partner_events: PartnerEventsTable;
  introductions: IntroductionsTable;
  advisory_cases: AdvisoryCasesTable;
  advisory_sessions: AdvisorySessionsTable;
  advisory_messages: AdvisoryMessagesTable;
  council_settings: CouncilSettingsTable;
  council_organizations: CouncilOrganizationsTable;
  council_meetings: CouncilMeetingsTable;
  council_papers: CouncilPapersTable;
  council_agenda_items: CouncilAgendaItemsTable;
  council_consultations: CouncilConsultationsTable;
  council_files: CouncilFilesTable;
  council_sync_runs: CouncilSyncRunsTable;
  council_pending_references: CouncilPendingReferencesTable;
  council_notices: CouncilNoticesTable;
  council_dismissed_suggestions: CouncilDismissedSuggestionsTable;
  council_confirmed_papers: CouncilConfirmedPapersTable;
  alert_subscriptions: AlertSubscriptionsTable;
  alert_items: AlertItemsTable;
  alert_scan: AlertScanTable;
  list_editions: ListEditionsTable;
  list_edition_entries: ListEditionEntriesTable;
  list_edition_changes: ListEditionChangesTable;
  surveys: SurveysTable;
  survey_questions: SurveyQuestionsTable;
  survey_codes: SurveyCodesTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
  survey_participants: SurveyParticipantsTable;
  consultations: ConsultationsTable;
  consultation_versions: ConsultationVersionsTable;
  consultation_sections: ConsultationSectionsTable;
  consultation_citations: ConsultationCitationsTable;
  consultation_votes: ConsultationVotesTable;
  consultation_weighings: ConsultationWeighingsTable;
  localities: LocalitiesTable;
  project_localities: ProjectLocalitiesTable;
  project_places: ProjectPlacesTable;
}

export type ProjectRow = Omit<Selectable<ProjectsTable>, 'search_text'>;
export type NewProject = Insertable<ProjectsTable>;
export type MunicipalityRow = Selectable<MunicipalitiesTable>;
export type TopicRow = Selectable<TopicsTable>;
