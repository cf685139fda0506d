// Participation's own part of a process's report: ideas, comments, supports of ideas and submissions on
// the Vorhaben during the process. Submissions are sent with a name and address, not an account: each
// counts as one online participant.
import type { ProcessReportPart } from '../../platform/process-report.js';
import * as repo from './report.repository.js';

export const participationReportPart: ProcessReportPart = {
  order: 10,
  collect: async (db, processId) => {
    const [rows, people] = await Promise.all([repo.groupedContributions(db, processId), repo.contributors(db, processId)]);
    const order = ['ideas', 'comments', 'supports', 'notices'];
    const counts = [...rows]
      .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      .map((r) => ({
        kind: `report.kind.${r.kind}` as const,
        section: null,
        channel: r.channel,
        municipality: r.municipality,
        day: r.day,
        answered: r.answered,
        takenUp: r.taken_up,
        count: r.count,
      }));
    const notices = rows.filter((r) => r.kind === 'notices').reduce((n, r) => n + r.count, 0);
    return {
      counts,
      participants: { residentIds: people.residentIds, anonymousOnline: notices, event: people.event, paper: people.paper },
    };
  },
};
