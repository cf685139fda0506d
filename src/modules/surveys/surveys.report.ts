// The surveys' part of a process's participation report (src/platform/process-report.ts): the answers to
// the process's surveys per survey, channel and day. Online answers from a resident account count the
// person once across the report; answers from a browser or with a one-time code count once each.
import type { ProcessReportPart } from '../../platform/process-report.js';
import * as repo from './surveys.report.repository.js';

export const surveysReportPart: ProcessReportPart = {
  order: 20,
  collect: async (db, processId) => {
    const [rows, residentIds] = await Promise.all([repo.responsesOfProcess(db, processId), repo.residentParticipants(db, processId)]);
    const sum = (channel: string) => rows.filter((r) => r.channel === channel).reduce((n, r) => n + r.count, 0);
    return {
      counts: rows.map((r) => ({
        kind: 'report.kind.surveyResponses' as const,
        section: r.title,
        channel: r.channel,
        municipality: null,
        day: r.day,
        answered: false,
        takenUp: false,
        count: r.count,
      })),
      participants: {
        residentIds,
        anonymousOnline: Math.max(0, sum('online') - residentIds.length),
        event: sum('event'),
        paper: sum('paper'),
      },
    };
  },
};
