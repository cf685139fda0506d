// The printable PDF of an edition (for citizens' offices and council papers), in the asked language:
// the edition's facts, what is new, changed and gone with the reasons, then every Vorhaben with its
// municipalities and status. pdfkit is large and needed for this download only: loaded on first use.
import { t } from '../../i18n/index.js';
import { openPdf } from '../../lib/pdf.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { type Locale, pick } from '../../lib/localized.js';
import type { Project } from '../projects/index.js';
import { changedFieldLabels } from './edition-fields.js';
import type { EditionDetail } from './edition.types.js';

const text = (value: Parameters<typeof pick>[0], l: Locale) => pick(value, l)?.text ?? '';

export async function editionPdf(e: EditionDetail, projects: Project[], l: Locale): Promise<Buffer> {
  const title = t(l, 'editions.title.one', { number: e.number });
  const { doc, done } = await openPdf(title, l);
  const width = doc.page.width - 100;
  const heading = (s: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(s, 50, undefined, { width }).moveDown(0.3).font('Helvetica').fontSize(10);
  };
  const item = (head: string, lines: string[]) => {
    if (doc.y > doc.page.height - 100) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(10).text(head, 50, undefined, { width });
    doc.font('Helvetica').fontSize(9.5);
    for (const line of lines) doc.text(line, 62, undefined, { width: width - 12 });
    doc.moveDown(0.4);
  };

  doc.font('Helvetica-Bold').fontSize(18).text(title, { width });
  doc.font('Helvetica').fontSize(12).text(t(l, 'editions.pdf.subtitle'), { width }).moveDown(0.5);
  doc.fontSize(10);
  doc.text(`${t(l, 'editions.date')}: ${formatDate(e.date, l)}`);
  doc.text(`${t(l, 'editions.decision')}: ${e.decision.reference}${e.decision.url ? ` (${e.decision.url})` : ''}`);
  doc.text(`${t(l, 'editions.entries')}: ${e.entryCount}`);
  doc.text(`${t(l, 'editions.publishedAt')}: ${formatDateTime(e.publishedAt, l)}`);

  heading(e.previousNumber ? t(l, 'editions.changes.since', { number: e.previousNumber }) : t(l, 'editions.changes.first'));
  for (const kind of ['new', 'changed', 'gone'] as const) {
    const list = e.changes.filter((c) => c.kind === kind);
    if (list.length === 0) continue;
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(t(l, `editions.kind.${kind}`, { count: list.length }), 50)
      .moveDown(0.2);
    for (const c of list)
      item(text(c.title, l), [
        ...(c.fields.length ? [`${t(l, 'editions.fields')}: ${changedFieldLabels(c.fields, l).join(', ')}`] : []),
        ...c.notes.map((n) => `${t(l, 'editions.version', { version: n.version })}: ${text(n.note, l)}`),
      ]);
  }
  if (e.changes.length === 0) doc.text(t(l, 'editions.changes.none'));

  heading(t(l, 'editions.list'));
  for (const p of projects)
    item(text(p.title, l), [
      `${p.municipalities.map((m) => m.name).join(', ')} · ${t(l, `status.${p.status}`)}`,
      `${p.slug} · v${p.version}`,
    ]);

  doc.end();
  return done;
}
