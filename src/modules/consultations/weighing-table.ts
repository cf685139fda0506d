// The table of every comment with its weighing ("Abwägungstabelle") for the council paper: one row per
// visible comment with its section, quoted passage, text, outcome, reasons, the administration's answer
// and the later versions whose changes cite it. No names: residents are not named in a council paper.
// As CSV and as PDF (pdfkit, landscape A4, loaded on first use).
import { t } from '../../i18n/index.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { guardFormula } from '../../lib/formula-guard.js';
import { type Locale, pick } from '../../lib/localized.js';
import { onFirstUse } from '../../lib/on-first-use.js';
import { type CommentRow, type ConsultationView, latestPublished } from './consultation.types.js';
import { weighingSummary } from './consultations.read.js';

const csvStringify = onFirstUse<typeof import('csv-stringify/sync')>('csv-stringify/sync');

/** Per comment, the versions (and sections) whose change notes cite it. */
export function citationsOf(c: ConsultationView): Map<number, { version: number; anchor: string; heading: string }[]> {
  const out = new Map<number, { version: number; anchor: string; heading: string }[]>();
  for (const v of c.versions)
    if (v.publishedAt)
      for (const s of v.sections)
        for (const id of s.cited) out.set(id, [...(out.get(id) ?? []), { version: v.number, anchor: s.anchor, heading: s.heading }]);
  return out;
}

export interface WeighingRow {
  number: number;
  version: number;
  section: string;
  quote: string;
  comment: string;
  received: string;
  outcome: string;
  reason: string;
  answer: string;
  citedIn: string;
}

export function weighingRows(c: ConsultationView, comments: readonly CommentRow[], l: Locale): WeighingRow[] {
  const cited = citationsOf(c);
  return comments.map((x) => {
    const at = berlinParts(x.createdAt);
    return {
      number: x.id,
      version: x.version,
      section: x.heading,
      quote: x.quote ?? '',
      comment: x.depth > 1 && x.parentId ? `${t(l, 'consultations.table.replyTo', { number: x.parentId })} ${x.body}` : x.body,
      received: `${at.date} ${at.time}`,
      outcome: x.weighing ? t(l, `consultations.outcome.${x.weighing.outcome}`) : t(l, 'consultations.outcome.open'),
      reason: x.weighing?.reason ?? '',
      answer: x.weighing?.answer ?? '',
      citedIn: (cited.get(x.id) ?? []).map((v) => `${t(l, 'consultations.version', { number: v.version })}: ${v.heading}`).join('; '),
    };
  });
}

const heads = (l: Locale) => [
  t(l, 'consultations.table.number'),
  t(l, 'consultations.table.version'),
  t(l, 'consultations.table.section'),
  t(l, 'consultations.table.quote'),
  t(l, 'consultations.table.comment'),
  t(l, 'consultations.table.received'),
  t(l, 'consultations.table.outcome'),
  t(l, 'consultations.table.reason'),
  t(l, 'consultations.table.answer'),
  t(l, 'consultations.table.citedIn'),
];

export function weighingCsv(c: ConsultationView, comments: readonly CommentRow[], l: Locale): string {
  const rows = weighingRows(c, comments, l).map((r) => [
    String(r.number),
    String(r.version),
    r.section,
    r.quote,
    r.comment,
    r.received,
    r.outcome,
    r.reason,
    r.answer,
    r.citedIn,
  ]);
  return csvStringify().stringify(
    [heads(l), ...rows].map((row) => row.map(guardFormula)),
    { bom: true },
  );
}

export async function weighingPdf(c: ConsultationView, comments: readonly CommentRow[], l: Locale): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const title = pick(c.title, l)?.text ?? c.slug;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    info: { Title: `${t(l, 'consultations.table.title')}: ${title}`, Author: 'Lotse' },
    lang: l,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 80;
  doc.font('Helvetica-Bold').fontSize(16).text(t(l, 'consultations.table.title'), { width });
  doc.font('Helvetica').fontSize(12).text(title, { width }).moveDown(0.4);
  doc.fontSize(9.5);
  const summary = weighingSummary(comments);
  const latest = latestPublished(c);
  doc.text(t(l, 'consultations.periodText', { from: formatDate(c.startsOn, l), to: formatDate(c.endsOn, l) }));
  if (latest?.publishedAt)
    doc.text(`${t(l, 'consultations.version', { number: latest.number })} · ${formatDateTime(latest.publishedAt, l)}`);
  if (c.adoption)
    doc.text(
      t(l, 'consultations.adoption.text', { number: c.adoption.version, reference: c.adoption.reference }) +
        (c.adoption.url ? ` (${c.adoption.url})` : ''),
    );
  doc.text(t(l, 'consultations.weighing.summary', { ...summary, count: summary.comments })).moveDown(0.6);

  // Columns: number, section, comment (with quote), outcome, reason and answer, cited in.
  const cols = [
    { w: 0.05, head: t(l, 'consultations.table.number') },
    { w: 0.15, head: t(l, 'consultations.table.section') },
    { w: 0.3, head: t(l, 'consultations.table.comment') },
    { w: 0.1, head: t(l, 'consultations.table.outcome') },
    { w: 0.28, head: `${t(l, 'consultations.table.reason')} / ${t(l, 'consultations.table.answer')}` },
    { w: 0.12, head: t(l, 'consultations.table.citedIn') },
  ].map((col) => ({ ...col, w: col.w * width }));
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: cols[i]!.w - 6 }))) + 6;
    if (doc.y + height > doc.page.height - 40) doc.addPage();
    const top = doc.y;
    let x = 40;
    cells.forEach((text, i) => {
      doc.text(text, x + 3, top + 3, { width: cols[i]!.w - 6 });
      x += cols[i]!.w;
    });
    doc
      .moveTo(40, top + height)
      .lineTo(40 + width, top + height)
      .strokeColor('#a8b0c2')
      .lineWidth(0.5)
      .stroke();
    doc.x = 40;
    doc.y = top + height;
  };
  row(
    cols.map((col) => col.head),
    true,
  );
  for (const r of weighingRows(c, comments, l))
    row(
      [
        String(r.number),
        `${r.section} (${t(l, 'consultations.version', { number: r.version })})`,
        (r.quote ? `»${r.quote}«\n` : '') + r.comment,
        r.outcome,
        [r.reason, r.answer].filter(Boolean).join('\n\n'),
        r.citedIn,
      ],
      false,
    );
  if (comments.length === 0) doc.text(t(l, 'consultations.table.none'), 40);
  doc.end();
  return done;
}
