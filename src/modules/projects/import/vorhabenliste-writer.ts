// Writes projects in the Vorhabenliste spreadsheet format (German headers, ';', UTF-8 with BOM so that
// spreadsheet programs open umlauts correctly). Import reads exactly this, so export → import is lossless.
import { onFirstUse } from '../../../lib/on-first-use.js';
import type { Project } from '../project.types.js';
import { guardFormula } from '../../../lib/formula-guard.js';
import { formatLinks } from './row-to-input.js';
import { type ColumnKey, columns, publicationStateLabel } from './vorhabenliste-columns.js';

// The CSV writer loads with the first export, not at start.
const csvStringify = onFirstUse<typeof import('csv-stringify/sync')>('csv-stringify/sync');

function cells(p: Project): Record<ColumnKey, string> {
  return {
    id: p.slug,
    title: p.title.de,
    municipalities: p.municipalities.map((m) => m.name).join(', '),
    topics: p.topics.map((t) => t.name.de).join('; '),
    description: p.description?.de ?? '',
    goals: p.goals?.de ?? '',
    decisions: p.decisionsText ?? '',
    costs: p.costs.text ?? '',
    participation: p.participation.text?.de ?? '',
    statusText: p.statusText?.de ?? '',
    nextSteps: p.nextSteps?.de ?? '',
    expectedDuration: p.expectedDuration?.de ?? '',
    location: p.location?.lat != null ? `${p.location.lat}, ${p.location.lng}` : (p.location?.address ?? ''),
    contact: p.contact ?? '',
    links: formatLinks(p.links),
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    addedOn: p.addedOn,
    furtherInfo: p.furtherInfo?.de ?? '',
    summaryPlain: p.summaryPlain ?? '',
    publicationState: publicationStateLabel[p.publicationState],
  };
}

const OPTIONS = { delimiter: ';', quoted: true, record_delimiter: '\r\n' } as const;
const header = () => '\uFEFF' + csvStringify().stringify([columns.map((c) => c.header)], OPTIONS);
const rowsOf = (projects: Project[]) =>
  csvStringify().stringify(
    projects.map((p) => {
      const c = cells(p);
      return columns.map((col) => guardFormula(c[col.key]));
    }),
    OPTIONS,
  );

export function writeCsv(projects: Project[]): string {
  return header() + rowsOf(projects);
}

/** The same file as `writeCsv`, piece by piece from pages of Vorhaben: memory stays at one page. */
export async function* csvPieces(pages: AsyncIterable<Project[]>): AsyncGenerator<string> {
  yield header();
  for await (const page of pages) yield rowsOf(page);
}
