// What the pages of advisory cases show, mapped from the repository's rows: a case as its team sees it
// (never the advisor's address), and as staff see it, with sessions, messages and the agency's overview.
import type { LocalizedText } from '../../lib/localized.js';
import type { CaseOutcome, CaseStage, CaseStatus } from '../../db/schema.js';
import type {
  advisors,
  CaseView as CaseRow,
  casesOfResident,
  openCasesByAdvisor,
  staffMessages,
  staffSessions,
  teamMessages,
  teamSessions,
} from './advisory.repository.js';
import type { listedCountByMunicipality, listedCountByTopic } from './partners.repository.js';

/** A case as its team sees it. */
export interface TeamCaseView {
  id: number;
  title: string;
  question: string;
  stage: CaseStage;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  outcomeNote: string | null;
  topicName: LocalizedText | null;
  advisorName: string | null;
}

/** A case as staff see it: also where it comes from, the team, the advisor's address and its Vorhaben. */
export interface StaffCaseView extends TeamCaseView {
  team: string;
  municipalityName: string | null;
  advisorEmail: string | null;
  /** The Vorhaben draft the case became, if it did. */
  projectSlug: string | null;
  example: boolean;
  createdAt: Date;
}

/** One of a resident's own cases, in their list. */
export interface OwnCaseView {
  id: number;
  title: string;
  status: CaseStatus;
  createdAt: Date;
}

export interface SessionView {
  id: number;
  /** ISO date. */
  heldOn: string;
  notes: string;
  internal: boolean;
}

export interface MessageView {
  id: number;
  body: string;
  internal: boolean;
  fileName: string | null;
  createdAt: Date;
  /** Written by the agency (else by the team). */
  byAgency: boolean;
  /** The staff member who wrote it, for staff only; null where unknown. */
  staffEmail: string | null;
}

export interface AdvisorView {
  id: number;
  email: string;
  displayName: string | null;
}

export interface OpenCaseView {
  id: number;
  title: string;
  status: CaseStatus;
  /** The advisor's address; null before a case is accepted. */
  advisor: string | null;
  ageDays: number;
}

/** The agency's overview of open cases and listed partners. */
export interface NetworkOverviewView {
  openCases: OpenCaseView[];
  /** Open cases counted per advisor, with the age of the oldest. */
  perAdvisor: { advisor: string | null; count: number; oldest: number }[];
  byTopic: { name: LocalizedText; count: number }[];
  /** Null names the partners of the whole region. */
  byMunicipality: { name: string | null; count: number }[];
}

export const toTeamCase = (c: CaseRow): TeamCaseView => ({
  id: c.id,
  title: c.title,
  question: c.question,
  stage: c.stage,
  status: c.status,
  outcome: c.outcome,
  outcomeNote: c.outcome_note,
  topicName: c.topic_name,
  advisorName: c.advisor_name,
});

export const toStaffCase = (c: CaseRow): StaffCaseView => ({
  ...toTeamCase(c),
  team: c.team,
  municipalityName: c.municipality_name,
  advisorEmail: c.advisor_email,
  projectSlug: c.project_slug,
  example: c.example,
  createdAt: c.created_at,
});

export const toOwnCase = (c: Awaited<ReturnType<typeof casesOfResident>>[number]): OwnCaseView => ({
  id: c.id,
  title: c.title,
  status: c.status,
  createdAt: c.created_at,
});

type TeamSessionRow = Awaited<ReturnType<typeof teamSessions>>[number];
type StaffSessionRow = Awaited<ReturnType<typeof staffSessions>>[number];

/** Sessions the team sees are never internal. */
export const toSession = (s: TeamSessionRow | StaffSessionRow): SessionView => ({
  id: s.id,
  heldOn: s.held_on,
  notes: s.notes,
  internal: 'internal' in s ? s.internal : false,
});

export const toTeamMessage = (m: Awaited<ReturnType<typeof teamMessages>>[number]): MessageView => ({
  id: m.id,
  body: m.body,
  internal: false,
  fileName: m.file_name,
  createdAt: m.created_at,
  byAgency: m.user_id !== null,
  staffEmail: null,
});

export const toStaffMessage = (m: Awaited<ReturnType<typeof staffMessages>>[number]): MessageView => ({
  id: m.id,
  body: m.body,
  internal: m.internal,
  fileName: m.file_name,
  createdAt: m.created_at,
  byAgency: m.user_id !== null,
  staffEmail: m.staff_email,
});

export const toAdvisor = (a: Awaited<ReturnType<typeof advisors>>[number]): AdvisorView => ({
  id: a.id,
  email: a.email,
  displayName: a.display_name,
});

export function toOverview(
  openCases: Awaited<ReturnType<typeof openCasesByAdvisor>>,
  byTopic: Awaited<ReturnType<typeof listedCountByTopic>>,
  byMunicipality: Awaited<ReturnType<typeof listedCountByMunicipality>>,
): NetworkOverviewView {
  const open = openCases.map((c) => ({ id: c.id, title: c.title, status: c.status, advisor: c.advisor, ageDays: Number(c.age_days) }));
  return {
    openCases: open,
    perAdvisor: perAdvisor(open),
    byTopic: byTopic.map((r) => ({ name: r.name, count: r.n })),
    byMunicipality: byMunicipality.map((r) => ({ name: r.name, count: r.n })),
  };
}

function perAdvisor(cases: OpenCaseView[]) {
  const groups = new Map<string | null, { advisor: string | null; count: number; oldest: number }>();
  for (const c of cases) {
    const g = groups.get(c.advisor) ?? { advisor: c.advisor, count: 0, oldest: 0 };
    g.count += 1;
    g.oldest = Math.max(g.oldest, c.ageDays);
    groups.set(c.advisor, g);
  }
  return [...groups.values()];
}
