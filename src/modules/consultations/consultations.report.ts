// The consultations' part of a process's participation report (src/platform/process-report.ts): comments
// on each section of the process's documents (answered when weighed, taken up when weighed "taken up" or
// "partly"), and agreements or disagreements per section. Residents count once across the report.
import type { ProcessReportPart } from '../../platform/process-report.js';
import * as repo from './consultations.report.repository.js';

export const consultationsReportPart: ProcessReportPart = {
  order: 30,
  collect: async (db, processId) => {
    const [rows, residentIds] = await Promise.all([repo.sectionContributions(db, processId), repo.sectionParticipants(db, processId)]);
    const offline = (channel: 'event' | 'paper') => rows.filter((r) => r.channel === channel).reduce((n, r) => n + r.count, 0);
    return {
      counts: rows.map((r) => ({
        kind: r.kind === 'comments' ? ('report.kind.sectionComments' as const) : ('report.kind.sectionVotes' as const),
        // A section of a later version is a section of its own: its heading says which version.
        section: { de: r.version > 1 ? `${r.heading} (${r.version})` : r.heading },
        channel: r.channel,
        municipality: r.municipality,
        day: r.day,
        answered: r.answered,
        takenUp: r.taken_up,
        count: r.count,
      })),
      participants: { residentIds, anonymousOnline: 0, event: offline('event'), paper: offline('paper') },
    };
  },
};
