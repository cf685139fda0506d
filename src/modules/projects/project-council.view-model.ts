// What a Vorhaben's page shows of the council: per decision (in the page's order, by date) the link to
// its paper in the council information system and its deliberations and files; the next deliberation
// and the first one. Built from the council module's data by decision id.
import { type DecisionCouncil, type DeliberationDate, firstDeliberation, nextDeliberation, noCouncil } from '../council/index.js';
import type { Decision, Project } from './project.types.js';

export interface DeliberationView {
  organization: string | null;
  meeting: string | null;
  start: Date | null;
  meetingWeb: string | null;
  number: string | null;
  item: string | null;
  result: string | null;
}

export interface DecisionView {
  decision: Decision;
  /** The paper's page in the council system (or the address typed by hand); null: none known. */
  paperHref: string | null;
  paperName: string | null;
  deliberations: DeliberationView[];
  files: { name: string | null; url: string }[];
}

export interface ProjectCouncilView {
  decisions: DecisionView[];
  next: DeliberationDate | null;
  first: DeliberationDate | null;
}

const byDate = (a: Decision, b: Decision) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0);

function decisionView(decision: Decision, c: DecisionCouncil): DecisionView {
  return {
    decision,
    paperHref: c.paper?.web ?? c.webUrl ?? null,
    paperName: c.paper?.name ?? null,
    deliberations: c.consultations
      .filter((d) => !d.meeting.cancelled)
      .map((d) => ({
        organization: d.organization,
        meeting: d.meeting.name,
        start: d.meeting.start,
        meetingWeb: d.meeting.web,
        number: d.agendaItem?.number ?? null,
        item: d.agendaItem?.name ?? null,
        result: d.agendaItem?.result ?? null,
      })),
    files: c.files.map((f) => ({ name: f.name, url: f.url })),
  };
}

export function projectCouncilView(project: Project, council: ReadonlyMap<number, DecisionCouncil>, now: Date): ProjectCouncilView {
  const pairs = project.decisions.map((d, i) => ({ d, c: council.get(project.decisionIds[i]!) ?? noCouncil }));
  pairs.sort((a, b) => byDate(a.d, b.d));
  const all = pairs.map((p) => p.c);
  return { decisions: pairs.map((p) => decisionView(p.d, p.c)), next: nextDeliberation(all, now), first: firstDeliberation(all) };
}
