// The view models of surveys: what services hand to pages, the API presenter and the exports; never
// database rows.
import type { AnswerValue, QuestionKind, SurveyAccess, SurveyChannel, SurveyRespondent, SurveyState, TextState } from '../../db/schema.js';
import type { LocalizedText } from '../../lib/localized.js';

export interface QuestionCondition {
  questionId: number;
  /** An option's index for choice questions, `yes` or `no` for yes/no questions. */
  value: string;
}

export interface QuestionView {
  id: number;
  position: number;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: LocalizedText[];
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  maxLength: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  lowLabel: LocalizedText | null;
  highLabel: LocalizedText | null;
  condition: QuestionCondition | null;
}

export interface SurveyView {
  id: number;
  slug: string;
  title: LocalizedText;
  description: LocalizedText | null;
  access: SurveyAccess;
  state: SurveyState;
  resultsPublished: boolean;
  example: boolean;
  process: { slug: string; title: LocalizedText } | null;
  questions: QuestionView[];
}

/** One stored answer with what the results and exports need to know about its response. */
export interface AnswerRecord {
  responseId: number;
  questionId: number;
  value: AnswerValue;
  textState: TextState | null;
  channel: SurveyChannel;
  respondent: SurveyRespondent;
}

export interface ResponseRecord {
  id: number;
  channel: SurveyChannel;
  respondent: SurveyRespondent;
  /** German title of the event where a paper answer was collected. */
  sourceEvent: string | null;
  createdAt: Date;
}

/** A free-text answer waiting for (or past) moderation. */
export interface TextAnswer {
  responseId: number;
  questionId: number;
  text: string;
  state: TextState;
}

export type { AnswerValue, QuestionKind, SurveyAccess, SurveyChannel, SurveyRespondent, SurveyState, TextState };
