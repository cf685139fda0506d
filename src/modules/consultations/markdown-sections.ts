// A draft as sections: Markdown (or a text file with Markdown or underlined headings) split at its
// headings. Each heading starts a section; its anchor, made from the heading, is how links and later
// versions find the section again, so an unchanged heading keeps its address from version to version.
import { slugify } from '../../lib/slug.js';

export interface SectionDraft {
  anchor: string;
  heading: string;
  body: string;
}

export const MAX_SECTIONS = 200;
export const MAX_HEADING = 200;
export const MAX_SECTION_BODY = 20000;

export type SplitError = 'empty' | 'textBeforeHeading' | 'tooManySections' | 'headingTooLong' | 'sectionTooLong';

const atx = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const fence = /^ {0,3}(```|~~~)/;

/** The sections of `text`, or why it cannot be split: it must start with a heading. */
export function splitSections(text: string): { sections: SectionDraft[] } | { error: SplitError } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const found: { heading: string; lines: string[] }[] = [];
  const preamble: string[] = [];
  let inFence = false;
  for (const line of lines) {
    const current = found.at(-1);
    if (fence.test(line)) inFence = !inFence;
    const heading = inFence ? null : atx.exec(line);
    if (heading) {
      found.push({ heading: heading[1]!.trim(), lines: [] });
      continue;
    }
    // An underlined heading (=== or ---) turns the paragraph's single last line into a heading.
    const target = current ? current.lines : preamble;
    const previous = target.at(-1);
    if (!inFence && /^ {0,3}(=+|-{2,})[ \t]*$/.test(line) && previous?.trim() && !/^\s*([-*+]|\d+\.)\s/.test(previous)) {
      const before = target.at(-2);
      if (before === undefined || before.trim() === '') {
        target.pop();
        found.push({ heading: previous.trim(), lines: [] });
        continue;
      }
    }
    target.push(line);
  }
  if (found.length === 0) return { error: preamble.some((l) => l.trim()) ? 'textBeforeHeading' : 'empty' };
  if (preamble.some((l) => l.trim())) return { error: 'textBeforeHeading' };
  if (found.length > MAX_SECTIONS) return { error: 'tooManySections' };
  const taken = new Set<string>();
  const sections: SectionDraft[] = [];
  for (const f of found) {
    if (f.heading.length > MAX_HEADING) return { error: 'headingTooLong' };
    const body = f.lines.join('\n').trim();
    if (body.length > MAX_SECTION_BODY) return { error: 'sectionTooLong' };
    const base = slugify(f.heading, 60) || 'abschnitt';
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    sections.push({ anchor, heading: f.heading, body });
  }
  return { sections };
}

/** The sections back as one Markdown text (for editing a draft): each heading as `## `. */
export function joinSections(sections: readonly { heading: string; body: string }[]): string {
  return sections.map((s) => `## ${s.heading}\n\n${s.body}`.trimEnd()).join('\n\n') + '\n';
}
