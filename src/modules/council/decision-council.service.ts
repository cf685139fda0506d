// What the public sees of the council per decision (a Vorhaben's page, the API): the paper with its
// address in the council system, the deliberations and files; and from them the next and the first
// deliberation of a Vorhaben. The projects module asks for a list of decisions at once.
import type { Db } from '../../db/database.js';
import { decisionCouncilRows } from './decision-council.repository.js';

export interface CouncilPaper {
  url: string;
  web: string | null;
  name: string | null;
  reference: string | null;
  paperType: string | null;
  date: string | null;
}

export interface CouncilDeliberation {
  organization: string | null;
  meeting: { name: string | null; start: Date | null; web: string | null; cancelled: boolean };
  agendaItem: { number: string | null; name: string | null; result: string | null } | null;
  role: string | null;
}

export interface DecisionCouncil {
  paper: CouncilPaper | null;
  /** The decision's address typed by hand (where the council has no OParl or matching failed). */
  webUrl: string | null;
  consultations: CouncilDeliberation[];
  files: { name: string | null; url: string; role: 'main' | 'auxiliary' | 'resolution' }[];
}

export const noCouncil: DecisionCouncil = { paper: null, webUrl: null, consultations: [], files: [] };

/** The council data of each decision, by decision id (decisions without any are absent or empty). */
export async function decisionCouncil(db: Db, decisionIds: number[]): Promise<Map<number, DecisionCouncil>> {
  const rows = await decisionCouncilRows(db, [...new Set(decisionIds)]);
  return new Map(
    rows.map((r) => [
      r.decision_id,
      {
        paper: r.paper_url
          ? {
              url: r.paper_url,
              web: r.paper_web,
              name: r.paper_name,
              reference: r.paper_reference,
              paperType: r.paper_type,
              date: r.paper_date,
            }
          : null,
        webUrl: r.web_url,
        consultations: r.consultations.map((c) => ({
          organization: c.organization,
          meeting: {
            name: c.meeting_name,
            start: c.meeting_start ? new Date(c.meeting_start) : null,
            web: c.meeting_web,
            cancelled: c.cancelled === true,
          },
          agendaItem:
            c.number !== null || c.item_name !== null || c.result !== null
              ? { number: c.number, name: c.item_name, result: c.result }
              : null,
          role: c.role,
        })),
        files: r.files.map((f) => ({ name: f.name, url: f.url, role: f.role as DecisionCouncil['files'][number]['role'] })),
      },
    ]),
  );
}

export interface DeliberationDate {
  start: Date;
  meeting: string | null;
  organization: string | null;
  web: string | null;
}

const held = (councils: Iterable<DecisionCouncil>) =>
  [...councils]
    .flatMap((c) => c.consultations)
    .filter((c) => c.meeting.start && !c.meeting.cancelled)
    .map((c) => ({ start: c.meeting.start!, meeting: c.meeting.name, organization: c.organization, web: c.meeting.web }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());

/** The next meeting (start in the future, not cancelled) on whose agenda a paper of these decisions stands. */
export function nextDeliberation(councils: Iterable<DecisionCouncil>, now: Date): DeliberationDate | null {
  return held(councils).find((d) => d.start.getTime() > now.getTime()) ?? null;
}

/** The first deliberation in a council body (not cancelled) of these decisions' papers. */
export function firstDeliberation(councils: Iterable<DecisionCouncil>): DeliberationDate | null {
  return held(councils)[0] ?? null;
}
