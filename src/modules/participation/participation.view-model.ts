// What the pages of notices and participation requests show, mapped from the repository's rows: the
// public never sees an author's name or address, the back office sees what handling needs.
import type { AgendaDecision, NoticeStatus, RequestStatus } from '../../db/schema.js';
import { type Locale, type LocalizedText, localeOr } from '../../lib/localized.js';
import type { CouncilAgendaItem } from '../council/index.js';

export type { AgendaDecision, CouncilAgendaItem, NoticeStatus, RequestStatus };

/** A released notice on the Vorhaben's page: its text and the weighing, never its author. */
export interface NoticeView {
  id: number;
  body: string;
  weighing: string | null;
  /** The languages of the text and of the response, for their `lang` attributes. */
  textLanguage: Locale;
  weighingLanguage: Locale;
  releasedAt: Date | null;
}

/** A participation request as the public sees it in a list. */
export interface PublicRequestView {
  id: number;
  kind: 'informal' | 'signatures';
  title: string;
  status: RequestStatus;
  quorum: number | null;
  signatureCount: number;
  createdAt: Date;
  /** The language the initiator wrote title and reasoning in. */
  textLanguage: Locale;
}

/** A request's own page: its reasoning and what became of it. */
export interface RequestPageView extends PublicRequestView {
  reasoning: string;
  projectSlug: string;
  agendaReference: string | null;
  agendaDecision: AgendaDecision | null;
  /** The council's agenda item the request stands on, as the last sync read it. */
  agendaItem: CouncilAgendaItem | null;
  decisionText: string | null;
  /** The language of the published reasons: by default the request's. */
  decisionLanguage: Locale;
}

/** A council decision of the Vorhaben that a request's agenda item can be linked to. */
export interface DecisionView {
  position: number;
  reference: string | null;
  bodyName: string | null;
  date: string | null;
  raw: string;
}

/** A notice as staff handle it: with the author's name, if given. */
export interface StaffNoticeView {
  id: number;
  body: string;
  name: string | null;
  status: NoticeStatus;
  weighing: string | null;
  textLanguage: Locale;
  /** The language the response is (to be) written in: by default the notice's. */
  weighingLanguage: Locale;
  createdAt: Date;
  projectSlug: string;
  projectTitle: LocalizedText;
}

/** A request in the back office's list. */
export interface StaffRequestView extends PublicRequestView {
  projectSlug: string;
  projectTitle: LocalizedText;
}

/** A request as staff move it on: with its initiator's name, if given, and the texts of its outcome. */
export interface RequestAdminView extends StaffRequestView {
  reasoning: string;
  initiatorName: string | null;
  agendaReference: string | null;
  decisionText: string | null;
  decisionLanguage: Locale;
  agendaItemId: number | null;
}

interface RequestRow {
  id: number;
  kind: 'informal' | 'signatures';
  title: string;
  status: RequestStatus;
  quorum: number | null;
  signature_count: number;
  created_at: Date;
  text_language: string | null;
}

interface RequestWithProject extends RequestRow {
  project_slug: string;
  project_title: LocalizedText;
}

interface FullRequestRow extends RequestWithProject {
  reasoning: string;
  initiator_name: string | null;
  agenda_reference: string | null;
  agenda_decision: AgendaDecision | null;
  agenda_item_id: number | null;
  decision_text: string | null;
  decision_language: string | null;
}

type Languages = { text_language: string | null; weighing_language: string | null };
const languagesOf = (n: Languages) => ({
  textLanguage: localeOr(n.text_language),
  weighingLanguage: localeOr(n.weighing_language ?? n.text_language),
});

export const toNoticeView = (
  n: { id: number; body: string; weighing: string | null; released_at: Date | null } & Languages,
): NoticeView => ({
  id: n.id,
  body: n.body,
  weighing: n.weighing,
  ...languagesOf(n),
  releasedAt: n.released_at,
});

export const toPublicRequestView = (r: RequestRow): PublicRequestView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  status: r.status,
  quorum: r.quorum,
  signatureCount: r.signature_count,
  createdAt: r.created_at,
  textLanguage: localeOr(r.text_language),
});

const decisionLanguageOf = (r: FullRequestRow) => localeOr(r.decision_language ?? r.text_language);

export const toRequestPageView = (r: FullRequestRow, agendaItem: CouncilAgendaItem | null): RequestPageView => ({
  ...toPublicRequestView(r),
  reasoning: r.reasoning,
  projectSlug: r.project_slug,
  agendaReference: r.agenda_reference,
  agendaDecision: r.agenda_decision,
  agendaItem,
  decisionText: r.decision_text,
  decisionLanguage: decisionLanguageOf(r),
});

export const toDecisionView = (d: {
  position: number;
  reference: string | null;
  body_name: string | null;
  date: string | null;
  raw: string;
}): DecisionView => ({
  position: d.position,
  reference: d.reference,
  bodyName: d.body_name,
  date: d.date,
  raw: d.raw,
});

export const toStaffNoticeView = (
  n: {
    id: number;
    body: string;
    name: string | null;
    status: NoticeStatus;
    weighing: string | null;
    created_at: Date;
    project_slug: string;
    project_title: LocalizedText;
  } & Languages,
): StaffNoticeView => ({
  id: n.id,
  body: n.body,
  name: n.name,
  status: n.status,
  weighing: n.weighing,
  ...languagesOf(n),
  createdAt: n.created_at,
  projectSlug: n.project_slug,
  projectTitle: n.project_title,
});

export const toStaffRequestView = (r: RequestWithProject): StaffRequestView => ({
  ...toPublicRequestView(r),
  projectSlug: r.project_slug,
  projectTitle: r.project_title,
});

export const toRequestAdminView = (r: FullRequestRow): RequestAdminView => ({
  ...toStaffRequestView(r),
  reasoning: r.reasoning,
  initiatorName: r.initiator_name,
  agendaReference: r.agenda_reference,
  decisionText: r.decision_text,
  decisionLanguage: decisionLanguageOf(r),
  agendaItemId: r.agenda_item_id,
});
