// The participation report of a process computed from the counts its parts hand over: totals and
// participants per channel, contributions per kind (with what was answered and taken up), per phase, per
// section and per municipality. Pure, so that the numbers can be checked without a database.
import type { MessageKey } from '../../i18n/index.js';
import type { LocalizedText } from '../../lib/localized.js';
import { type ContributionCount, type ReportChannel, type ReportParticipants, reportChannels } from '../../platform/process-report.js';
import type { Phase, PhaseKind } from './processes.view-model.js';

export type ByChannel = Record<ReportChannel, number> & { total: number };

export interface ProcessReport {
  contributions: ByChannel;
  participants: ByChannel;
  kinds: { kind: MessageKey; counts: ByChannel; answered: number; takenUp: number }[];
  /** Per phase in the process's order; `null` collects what was given outside every phase. */
  phases: { phase: PhaseKind | null; counts: ByChannel }[];
  sections: { kind: MessageKey; section: LocalizedText; counts: ByChannel }[];
  /** Per municipality where given, by name; `null` where none was given. */
  municipalities: { name: string | null; count: number }[];
}

const empty = (): ByChannel => ({ online: 0, event: 0, paper: 0, total: 0 });
const add = (b: ByChannel, channel: ReportChannel, n: number) => {
  b[channel] += n;
  b.total += n;
};

/** The phase a day belongs to: the first of the process's phases containing it. */
export function phaseOf(phases: Phase[], day: string): PhaseKind | null {
  return phases.find((p) => p.startsOn <= day && day <= p.endsOn)?.kind ?? null;
}

export function buildReport(phases: Phase[], counts: ContributionCount[], people: ReportParticipants[]): ProcessReport {
  const contributions = empty();
  const kinds = new Map<MessageKey, ProcessReport['kinds'][number]>();
  const byPhase = new Map<PhaseKind | null, ByChannel>(phases.map((p) => [p.kind, empty()]));
  const sections = new Map<string, ProcessReport['sections'][number]>();
  const municipalities = new Map<string | null, number>();
  for (const c of counts) {
    add(contributions, c.channel, c.count);
    const k = kinds.get(c.kind) ?? { kind: c.kind, counts: empty(), answered: 0, takenUp: 0 };
    add(k.counts, c.channel, c.count);
    if (c.answered || c.takenUp) k.answered += c.count;
    if (c.takenUp) k.takenUp += c.count;
    kinds.set(c.kind, k);
    const phase = phaseOf(phases, c.day);
    const ph = byPhase.get(phase) ?? empty();
    add(ph, c.channel, c.count);
    byPhase.set(phase, ph);
    if (c.section) {
      const key = `${c.kind}\u0000${JSON.stringify(c.section)}`;
      const s = sections.get(key) ?? { kind: c.kind, section: c.section, counts: empty() };
      add(s.counts, c.channel, c.count);
      sections.set(key, s);
    }
    municipalities.set(c.municipality, (municipalities.get(c.municipality) ?? 0) + c.count);
  }
  const participants = empty();
  add(participants, 'online', new Set(people.flatMap((p) => p.residentIds)).size);
  for (const p of people) {
    add(participants, 'online', p.anonymousOnline);
    add(participants, 'event', p.event);
    add(participants, 'paper', p.paper);
  }
  return {
    contributions,
    participants,
    kinds: [...kinds.values()],
    phases: [...byPhase.entries()].filter(([phase, b]) => phase !== null || b.total > 0).map(([phase, b]) => ({ phase, counts: b })),
    sections: [...sections.values()],
    municipalities: [...municipalities.entries()]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : b.count - a.count || a.name.localeCompare(b.name, 'de'))),
  };
}

export { reportChannels };
