// The participation report as a PDF for council papers, in the asked language: the same numbers as the
// page, as tables of text. pdfkit loads on first use (lib/pdf.ts).
import { t } from '../../i18n/index.js';
import { openPdf } from '../../lib/pdf.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { type Locale, pick } from '../../lib/localized.js';
import { type ByChannel, type ProcessReport, reportChannels } from './report.js';
import { reportLabels } from './report.labels.js';
import type { ProcessView } from './processes.view-model.js';

export async function reportPdf(p: ProcessView, report: ProcessReport, l: Locale, today: string): Promise<Buffer> {
  const title = t(l, 'report.title', { title: pick(p.title, l)?.text ?? '' });
  const { doc, done } = await openPdf(title, l);
  const n = (v: number) => formatNumber(v, l);
  const width = doc.page.width - 100;
  const columns = [230, 60, 60, 60, 60];
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - 80) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
    let x = 50;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columns[i]! - 6, align: i === 0 ? 'left' : 'right' });
      x += columns[i]!;
    });
    doc.y = Math.max(doc.y, y + 14);
  };
  const table = (heading: string, head: string, rows: { label: string; counts: ByChannel }[]) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(heading, 50, undefined, { width }).moveDown(0.3);
    row([head, ...reportChannels.map((c) => t(l, `report.channel.${c}`)), t(l, 'report.total')], true);
    for (const r of rows) row([r.label, ...reportChannels.map((c) => n(r.counts[c])), n(r.counts.total)]);
  };
  const labels = reportLabels(l, report);

  doc.font('Helvetica-Bold').fontSize(16).text(title, { width });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`${t(l, 'report.asOf')}: ${formatDate(today, l)}`, { width })
    .moveDown(0.3);
  doc.text(t(l, 'report.intro'), { width });
  table(t(l, 'report.channels'), t(l, 'report.what'), [
    { label: t(l, 'report.participants'), counts: report.participants },
    { label: t(l, 'report.contributions'), counts: report.contributions },
  ]);
  table(
    t(l, 'report.kinds'),
    t(l, 'report.kind'),
    report.kinds.map((k) => ({ label: t(l, k.kind), counts: k.counts })),
  );
  table(
    t(l, 'report.phases'),
    t(l, 'report.phase'),
    report.phases.map((ph, i) => ({ label: labels.phases[i]!, counts: ph.counts })),
  );
  if (report.sections.length)
    table(
      t(l, 'report.sections'),
      t(l, 'report.section'),
      report.sections.map((s, i) => ({ label: labels.sections[i]!, counts: s.counts })),
    );

  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(t(l, 'report.municipalities'), 50, undefined, { width }).moveDown(0.3);
  row([t(l, 'report.municipality'), t(l, 'report.contributions')], true);
  for (const m of report.municipalities) row([m.name ?? t(l, 'report.notGiven'), n(m.count)]);

  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(t(l, 'report.outcome'), 50, undefined, { width }).moveDown(0.3);
  row([t(l, 'report.kind'), t(l, 'report.total'), t(l, 'report.answered'), t(l, 'report.takenUp')], true);
  for (const k of report.kinds) row([t(l, k.kind), n(k.counts.total), n(k.answered), n(k.takenUp)]);

  doc.end();
  return done;
}
