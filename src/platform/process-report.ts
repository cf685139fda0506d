// The participation report of a process counts every kind of contribution, held by whichever module owns
// it (ideas and comments in participation, survey answers in surveys, section comments in consultations).
// Each module hands its counts over through its manifest (`processReportParts`), so the report grows by
// adding a part and the participation module imports none of them. A part gives grouped counts and never
// a text or a name: the report is public.
import type { Db } from '../db/database.js';
import type { MessageKey } from '../i18n/index.js';
import type { LocalizedText } from '../lib/localized.js';

export const reportChannels = ['online', 'event', 'paper'] as const;
export type ReportChannel = (typeof reportChannels)[number];

/** A number of contributions of one kind sharing every property below. */
export interface ContributionCount {
  /** What they are, as the report names it (a catalogue key, e.g. `report.kind.ideas`). */
  kind: MessageKey;
  /** The part of the process they belong to (a survey, a document's section); null for the process as a whole. */
  section: LocalizedText | null;
  channel: ReportChannel;
  /** The participants' municipality, where they gave it; null otherwise. */
  municipality: string | null;
  /** The Berlin calendar day they were given (YYYY-MM-DD): it places them in a phase. */
  day: string;
  /** The administration answered them (an answer, a response, a status other than new). */
  answered: boolean;
  /** The administration took them up (an accepted idea, a comment taken into the plan). */
  takenUp: boolean;
  count: number;
}

/**
 * Who took part through one kind of contribution. Online participants with a resident account are given
 * by their account ids so that the report counts a person once across kinds (the ids never leave the
 * server); online ones without an account (a browser, a one-time code) are a number. Contributions typed in
 * by staff carry no name: each counts as one participant.
 */
export interface ReportParticipants {
  residentIds: number[];
  anonymousOnline: number;
  event: number;
  paper: number;
}

export interface ProcessReportPart {
  /** Position of its kinds in the report's tables, ascending. */
  order: number;
  collect: (db: Db, processId: number) => Promise<{ counts: ContributionCount[]; participants: ReportParticipants }>;
}
