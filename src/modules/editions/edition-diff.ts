// What changed between two editions of the Vorhabenliste: Vorhaben new in the later one, changed (which
// fields, and the public change notes of the versions in between), and gone (no longer in the published
// register, with the notes that say why: archived, withdrawn). Pure, so it is tested with a table.
import type { LocalizedText } from '../../lib/localized.js';
import { differingFields, projectToInput, type Project } from '../projects/index.js';

export type EditionChangeKind = 'new' | 'changed' | 'gone';

export interface EditionNote {
  version: number;
  note: LocalizedText;
}

export interface EditionChange {
  kind: EditionChangeKind;
  slug: string;
  title: LocalizedText;
  fields: string[];
  notes: EditionNote[];
}

const notesAfter = (p: Pick<Project, 'changes'>, version: number): EditionNote[] =>
  p.changes
    .filter((c) => c.version > version)
    .sort((a, b) => a.version - b.version)
    .map((c) => ({ version: c.version, note: c.note }));

/**
 * The differences from `previous` to `current` (both the Vorhaben of an edition); `now` gives a gone
 * Vorhaben as it is today (its change log holds the archiving note), when it still exists.
 */
export function diffEditions(previous: Project[], current: Project[], now: (id: number) => Project | undefined): EditionChange[] {
  const before = new Map(previous.map((p) => [p.id, p]));
  const after = new Set(current.map((p) => p.id));
  const changes: EditionChange[] = [];
  for (const p of current) {
    const old = before.get(p.id);
    if (!old) {
      changes.push({ kind: 'new', slug: p.slug, title: p.title, fields: [], notes: notesAfter(p, 0).slice(-1) });
      continue;
    }
    const fields = differingFields(projectToInput(old), projectToInput(p));
    if (fields.length > 0 || old.version !== p.version)
      changes.push({ kind: 'changed', slug: p.slug, title: p.title, fields, notes: notesAfter(p, old.version) });
  }
  for (const old of previous) {
    if (after.has(old.id)) continue;
    const today = now(old.id);
    changes.push({ kind: 'gone', slug: old.slug, title: old.title, fields: [], notes: today ? notesAfter(today, old.version) : [] });
  }
  const order: Record<EditionChangeKind, number> = { new: 0, changed: 1, gone: 2 };
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || a.title.de.localeCompare(b.title.de, 'de'));
}
