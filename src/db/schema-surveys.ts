// Table types of surveys (mirroring migration 065), split from schema.ts for length; schema.ts
// re-exports them and lists them in Database.
import type { ColumnType, Generated } from 'kysely';
import type { LocalizedText } from '../lib/localized.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export const surveyAccesses = ['anyone', 'residents', 'codes'] as const;
export type SurveyAccess = (typeof surveyAccesses)[number];
export const surveyStates = ['draft', 'open', 'closed'] as const;
export type SurveyState = (typeof surveyStates)[number];
export const questionKinds = ['single', 'multiple', 'text', 'scale', 'ranking', 'yesno'] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const surveyChannels = ['online', 'paper', 'event'] as const;
export type SurveyChannel = (typeof surveyChannels)[number];
export type SurveyRespondent = 'browser' | 'resident' | 'code' | 'staff';
export type TextState = 'pending' | 'approved' | 'rejected';
/** One answer: an option's index, several indexes, a text, a scale value, a ranking (option indexes best first), yes or no. */
export type AnswerValue = number | number[] | string | boolean;

export interface SurveysTable {
  id: Generated<number>;
  slug: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText | null>;
  process_id: number | null;
  access: SurveyAccess;
  state: ColumnType<SurveyState, SurveyState | undefined, SurveyState>;
  results_published_at: Date | null;
  example: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SurveyQuestionsTable {
  id: Generated<number>;
  survey_id: number;
  position: number;
  kind: QuestionKind;
  prompt: Json<LocalizedText>;
  options: Json<LocalizedText[]>;
  required: boolean;
  min_choices: number | null;
  max_choices: number | null;
  max_length: number | null;
  scale_min: number | null;
  scale_max: number | null;
  low_label: Json<LocalizedText | null>;
  high_label: Json<LocalizedText | null>;
  condition_question_id: number | null;
  condition_value: string | null;
}

export interface SurveyCodesTable {
  id: Generated<number>;
  survey_id: number;
  code_hash: string;
  used_at: Date | null;
  created_at: Timestamp;
}

export interface SurveyResponsesTable {
  id: Generated<number>;
  survey_id: number;
  channel: SurveyChannel;
  respondent: SurveyRespondent;
  source_event_id: number | null;
  entered_by: number | null;
  created_at: Timestamp;
}

export interface SurveyAnswersTable {
  response_id: number;
  question_id: number;
  value: Json<AnswerValue>;
  text_state: TextState | null;
}

export interface SurveyParticipantsTable {
  survey_id: number;
  resident_id: number | null;
  browser_key: string | null;
  created_at: Timestamp;
}
