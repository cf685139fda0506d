// Two versions of a consultation's document side by side: sections matched by their anchor, each with
// the words removed from the earlier and added in the later version (jsdiff's word diff).
import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  kind: 'same' | 'removed' | 'added';
}

export interface SectionDiff {
  anchor: string;
  status: 'same' | 'changed' | 'new' | 'gone';
  before: { heading: string; parts: DiffPart[] } | null;
  after: { heading: string; parts: DiffPart[] } | null;
  /** The later version's note on this section and the comments it cites. */
  changeNote: string | null;
  cited: number[];
}

interface SectionText {
  anchor: string;
  heading: string;
  body: string;
  changeNote?: string | null;
  cited?: number[];
}

export function diffVersions(before: readonly SectionText[], after: readonly SectionText[]): SectionDiff[] {
  const earlier = new Map(before.map((s) => [s.anchor, s]));
  const later = new Set(after.map((s) => s.anchor));
  const rows: SectionDiff[] = [];
  for (const s of after) {
    const old = earlier.get(s.anchor);
    const note = { changeNote: s.changeNote ?? null, cited: s.cited ?? [] };
    if (!old) {
      rows.push({
        anchor: s.anchor,
        status: 'new',
        before: null,
        after: { heading: s.heading, parts: [{ text: s.body, kind: 'added' }] },
        ...note,
      });
      continue;
    }
    const changes = diffWords(old.body, s.body);
    const same = old.body === s.body && old.heading === s.heading;
    rows.push({
      anchor: s.anchor,
      status: same ? 'same' : 'changed',
      before: {
        heading: old.heading,
        parts: changes.filter((c) => !c.added).map((c) => ({ text: c.value, kind: c.removed ? 'removed' : 'same' })),
      },
      after: {
        heading: s.heading,
        parts: changes.filter((c) => !c.removed).map((c) => ({ text: c.value, kind: c.added ? 'added' : 'same' })),
      },
      ...note,
    });
  }
  for (const s of before)
    if (!later.has(s.anchor))
      rows.push({
        anchor: s.anchor,
        status: 'gone',
        before: { heading: s.heading, parts: [{ text: s.body, kind: 'removed' }] },
        after: null,
        changeNote: null,
        cited: [],
      });
  return rows;
}
