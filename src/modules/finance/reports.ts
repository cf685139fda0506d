// Reports for the finance team and the funder: expenditures as CSV, a workbook with every figure (XLSX,
// exceljs) and a PDF summary for the funder (pdfkit): planned vs. actual per measure and cost category,
// draw-downs, deadlines and outputs. Internal: only the finance views link here.
// exceljs and pdfkit are large and needed for two downloads only: loaded on first use.
import type { Db } from '../../db/database.js';
import { onFirstUse } from '../../lib/on-first-use.js';
import { costCategories } from '../../db/schema-finance.js';
import { t } from '../../i18n/index.js';
import { decimalMark, formatDate, formatDateTime, formatEuro } from '../../lib/format.js';
import { type Locale, pick } from '../../lib/localized.js';
import { guardFormula } from '../../lib/formula-guard.js';
import { budgetColumns, categoryName } from './budget-import.js';
import type { InternalFinance } from './finance.internal.read.js';
import * as repo from './finance.repository.js';
import { bpToPercent, centsToGerman } from './money.js';
import { totalsBy } from './rollup.js';

// The CSV writer loads with the first export, not at start.
const csvStringify = onFirstUse<typeof import('csv-stringify/sync')>('csv-stringify/sync');

export async function expendituresCsv(db: Db): Promise<string> {
  const rows = await repo.expenditures(db);
  const header = ['Datum', 'Maßnahme', 'Kostenart', 'Betrag', 'Beleg', 'Notiz', 'Erfasst von'];
  const body = rows.map((e) =>
    [
      e.spent_on,
      e.measure_code,
      categoryName(e.category),
      centsToGerman(e.amount_cents),
      e.document_ref,
      e.note ?? '',
      e.created_by_email ?? '',
    ].map((c) => guardFormula(c)),
  );
  return '\uFEFF' + csvStringify().stringify([header, ...body], { delimiter: ';', quoted: true, record_delimiter: '\r\n' });
}

/** Planned and spent per measure (own lines) and cost category. */
export function perMeasureAndCategory(f: InternalFinance) {
  const planned = totalsBy(
    f.budgetLines,
    (l) => `${l.measureId}|${l.category}`,
    (l) => l.amount,
  );
  const spent = totalsBy(
    f.spending,
    (s) => `${s.measureId}|${s.category}`,
    (s) => s.amount,
  );
  return f.measures
    .filter((m) => m.ownPlanned > 0 || m.ownSpent > 0)
    .map((m) => ({
      measure: m,
      categories: costCategories.map((c) => ({
        category: c,
        planned: planned.get(`${m.id}|${c}`) ?? 0,
        spent: spent.get(`${m.id}|${c}`) ?? 0,
      })),
    }));
}

const euro = (cents: number) => cents / 100;
const EURO_FORMAT = '#,##0.00 "€"';

export async function financeWorkbook(db: Db, f: InternalFinance, locale: Locale): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lotse';
  wb.created = new Date();
  const sheet = (name: string, columns: { header: string; key: string; width: number; money?: boolean }[]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.money ? { numFmt: EURO_FORMAT } : {} }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  const title = (m: { title: Parameters<typeof pick>[0] }) => pick(m.title, locale)!.text;

  const overview = sheet(t(locale, 'finance.measures.heading').slice(0, 31), [
    { header: t(locale, 'finance.measureForm.code'), key: 'code', width: 10 },
    { header: t(locale, 'finance.measure'), key: 'title', width: 50 },
    { header: t(locale, 'finance.kind'), key: 'kind', width: 16 },
    { header: t(locale, 'finance.status'), key: 'status', width: 14 },
    { header: t(locale, 'finance.progress'), key: 'progress', width: 12 },
    { header: t(locale, 'finance.planned'), key: 'planned', width: 18, money: true },
    { header: t(locale, 'finance.spent'), key: 'spent', width: 18, money: true },
  ]);
  for (const m of f.measures)
    overview.addRow({
      code: m.code,
      title: `${'  '.repeat(m.depth)}${title(m)}`,
      kind: t(locale, `finance.kind.${m.kind}`),
      status: t(locale, `finance.status.${m.status}`),
      progress: m.progress / 100,
      planned: euro(m.planned),
      spent: euro(m.spent),
    });
  overview.getColumn('progress').numFmt = '0.0%';

  const budget = sheet(
    t(locale, 'finance.measureAdmin.budget'),
    budgetColumns.map((h) => ({ header: h, key: h, width: h === 'Betrag' ? 18 : 16, money: h === 'Betrag' })),
  );
  const byId = new Map(f.measures.map((m) => [m.id, m]));
  for (const l of f.budgetLines)
    budget.addRow({
      Maßnahme: byId.get(l.measureId)!.code,
      Phase: l.phaseCode,
      Jahr: l.year,
      Kostenart: categoryName(l.category),
      Finanzierung: l.partner ? l.partner.name : 'Bund',
      Betrag: euro(l.amount),
    });

  const categories = sheet(t(locale, 'finance.category').slice(0, 31), [
    { header: t(locale, 'finance.measureForm.code'), key: 'code', width: 10 },
    { header: t(locale, 'finance.category'), key: 'category', width: 16 },
    { header: t(locale, 'finance.planned'), key: 'planned', width: 18, money: true },
    { header: t(locale, 'finance.spent'), key: 'spent', width: 18, money: true },
  ]);
  for (const row of perMeasureAndCategory(f))
    for (const c of row.categories)
      categories.addRow({
        code: row.measure.code,
        category: t(locale, `finance.category.${c.category}`),
        planned: euro(c.planned),
        spent: euro(c.spent),
      });

  const spending = sheet(t(locale, 'finance.measureAdmin.expenditures'), [
    { header: t(locale, 'finance.expenditure.spentOn'), key: 'date', width: 12 },
    { header: t(locale, 'finance.measureForm.code'), key: 'code', width: 10 },
    { header: t(locale, 'finance.category'), key: 'category', width: 16 },
    { header: t(locale, 'finance.expenditure.amount'), key: 'amount', width: 16, money: true },
    { header: t(locale, 'finance.expenditure.documentRef'), key: 'doc', width: 20 },
    { header: t(locale, 'finance.expenditure.note'), key: 'note', width: 40 },
  ]);
  for (const e of await repo.expenditures(db, {}))
    spending.addRow({
      date: e.spent_on,
      code: e.measure_code,
      category: t(locale, `finance.category.${e.category}`),
      amount: euro(e.amount_cents),
      doc: e.document_ref,
      note: e.note ?? '',
    });

  const draws = sheet(t(locale, 'finance.admin.drawdowns'), [
    { header: t(locale, 'finance.drawdown.reference'), key: 'ref', width: 16 },
    { header: t(locale, 'finance.drawdown.phase'), key: 'phase', width: 8 },
    { header: t(locale, 'finance.drawdown.requestedOn'), key: 'requestedOn', width: 14 },
    { header: t(locale, 'finance.drawdown.requested'), key: 'requested', width: 18, money: true },
    { header: t(locale, 'finance.drawdown.receivedOn'), key: 'receivedOn', width: 14 },
    { header: t(locale, 'finance.drawdown.received'), key: 'received', width: 18, money: true },
  ]);
  for (const d of f.drawdowns)
    draws.addRow({
      ref: d.reference,
      phase: d.phaseCode ?? '',
      requestedOn: d.requestedOn,
      requested: euro(d.requested),
      receivedOn: d.receivedOn ?? '',
      received: d.received === null ? null : euro(d.received),
    });

  const deadlines = sheet(t(locale, 'finance.deadlines.heading'), [
    { header: t(locale, 'finance.deadline.title'), key: 'title', width: 40 },
    { header: t(locale, 'finance.deadline.due'), key: 'due', width: 14 },
    { header: t(locale, 'finance.deadline.state'), key: 'done', width: 14 },
  ]);
  for (const d of f.deadlines) deadlines.addRow({ title: deadlineTitle(d, locale), due: d.dueOn, done: d.doneOn ?? '' });

  const indicators = sheet(t(locale, 'finance.indicators.heading'), [
    { header: t(locale, 'finance.measureForm.code'), key: 'code', width: 10 },
    { header: t(locale, 'finance.indicator'), key: 'name', width: 40 },
    { header: t(locale, 'finance.indicator.unit'), key: 'unit', width: 14 },
    { header: t(locale, 'finance.indicator.target'), key: 'target', width: 12 },
    { header: t(locale, 'finance.indicator.actual'), key: 'actual', width: 12 },
    { header: t(locale, 'finance.indicator.measuredOn'), key: 'on', width: 14 },
  ]);
  for (const m of f.measures)
    for (const i of m.indicators)
      indicators.addRow({
        code: m.code,
        name: pick(i.name, locale)!.text,
        unit: i.unit,
        target: i.target,
        actual: i.latest?.value ?? null,
        on: i.latest?.measuredOn ?? '',
      });

  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function deadlineTitle(d: InternalFinance['deadlines'][number], locale: Locale): string {
  return d.kind === 'proof' ? t(locale, 'finance.deadline.proof', { phase: d.phaseCode ?? '' }) : (d.title ?? '');
}

/** The PDF summary for the funder, in the asked language (German by default). */
export async function funderPdf(f: InternalFinance, locale: Locale): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: t(locale, 'finance.pdf.title'), Author: 'Lotse' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 100;
  const money = (c: number) => formatEuro(c, locale);
  const heading = (text: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text, 50).moveDown(0.3).font('Helvetica').fontSize(9.5);
  };
  const table = (
    columns: { label: string; width: number; right?: boolean }[],
    rows: string[][],
    bold: (i: number) => boolean = () => false,
  ) => {
    const scale = width / columns.reduce((a, c) => a + c.width, 0);
    const widths = columns.map((c) => c.width * scale);
    const draw = (cells: string[], font: string) => {
      doc.font(font).fontSize(9);
      const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 4;
      if (doc.y + height > doc.page.height - 60) doc.addPage();
      const y = doc.y;
      let x = 50;
      cells.forEach((c, i) => {
        doc.text(c, x + 3, y + 2, { width: widths[i]! - 6, align: columns[i]!.right ? 'right' : 'left' });
        x += widths[i]!;
      });
      doc
        .moveTo(50, y + height)
        .lineTo(50 + width, y + height)
        .lineWidth(0.3)
        .strokeColor('#999999')
        .stroke();
      doc.y = y + height;
    };
    draw(
      columns.map((c) => c.label),
      'Helvetica-Bold',
    );
    rows.forEach((r, i) => draw(r, bold(i) ? 'Helvetica-Bold' : 'Helvetica'));
    doc.x = 50;
    doc.font('Helvetica').fontSize(9.5);
  };

  doc.font('Helvetica-Bold').fontSize(18).text(t(locale, 'finance.pdf.title'));
  doc.font('Helvetica').fontSize(12).text(pick(f.programme.name, locale)!.text).moveDown(0.3);
  doc
    .fontSize(9.5)
    .fillColor('#444444')
    .text(t(locale, 'finance.pdf.generated', { date: formatDateTime(new Date(), locale) }))
    .fillColor('black');
  const facts: [string, string | null][] = [
    [t(locale, 'finance.grant.programme'), f.grant.fundingProgramme],
    [t(locale, 'finance.grant.reference'), f.grant.grantReference],
    [t(locale, 'finance.grant.date'), f.grant.grantDate ? formatDate(f.grant.grantDate, locale) : null],
    [t(locale, 'finance.grant.rate'), `${bpToPercent(f.grant.fundingRateBp, decimalMark(locale))} %`],
    [t(locale, 'finance.totals.planned'), money(f.totals.planned)],
    [t(locale, 'finance.totals.federal'), money(f.totals.plannedFederal)],
    [t(locale, 'finance.totals.own'), money(f.totals.plannedOwn)],
    [t(locale, 'finance.totals.spent'), money(f.totals.spent)],
  ];
  doc.moveDown(0.5);
  for (const [k, v] of facts) if (v) doc.font('Helvetica-Bold').text(`${k}: `, { continued: true }).font('Helvetica').text(v);

  heading(t(locale, 'finance.phases.heading'));
  table(
    [
      { label: t(locale, 'finance.phases.phase'), width: 3 },
      { label: t(locale, 'finance.phases.period'), width: 4 },
      { label: t(locale, 'finance.phases.proofDue'), width: 3 },
    ],
    f.phases.map((p) => [
      pick(p.name, locale)!.text,
      `${formatDate(p.startsOn, locale)} – ${formatDate(p.endsOn, locale)}`,
      p.proofDue ? formatDate(p.proofDue, locale) : '–',
    ]),
  );

  heading(t(locale, 'finance.pdf.perMeasure'));
  const rows: string[][] = [];
  const totalRows: number[] = [];
  for (const { measure, categories } of perMeasureAndCategory(f)) {
    const label = `${measure.code} ${pick(measure.title, locale)!.text}`;
    for (const c of categories)
      if (c.planned || c.spent)
        rows.push([
          label,
          t(locale, `finance.category.${c.category}`),
          money(c.planned),
          money(c.spent),
          c.planned ? `${Math.round((c.spent / c.planned) * 100)} %` : '–',
        ]);
    const p = categories.reduce((a, c) => a + c.planned, 0);
    const s = categories.reduce((a, c) => a + c.spent, 0);
    totalRows.push(rows.length);
    rows.push([label, t(locale, 'finance.total'), money(p), money(s), p ? `${Math.round((s / p) * 100)} %` : '–']);
  }
  rows.push([
    t(locale, 'finance.total'),
    '',
    money(f.totals.planned),
    money(f.totals.spent),
    f.totals.planned ? `${Math.round((f.totals.spent / f.totals.planned) * 100)} %` : '–',
  ]);
  totalRows.push(rows.length - 1);
  table(
    [
      { label: t(locale, 'finance.measure'), width: 5 },
      { label: t(locale, 'finance.category'), width: 2.2 },
      { label: t(locale, 'finance.planned'), width: 2.2, right: true },
      { label: t(locale, 'finance.spent'), width: 2.2, right: true },
      { label: '%', width: 1, right: true },
    ],
    rows,
    (i) => totalRows.includes(i),
  );

  heading(t(locale, 'finance.admin.drawdowns'));
  if (!f.drawdowns.length) doc.text(t(locale, 'finance.admin.noDrawdowns'));
  else
    table(
      [
        { label: t(locale, 'finance.drawdown.reference'), width: 2.5 },
        { label: t(locale, 'finance.drawdown.phase'), width: 1 },
        { label: t(locale, 'finance.drawdown.requestedOn'), width: 2.2 },
        { label: t(locale, 'finance.drawdown.requested'), width: 2.2, right: true },
        { label: t(locale, 'finance.drawdown.receivedOn'), width: 2.2 },
        { label: t(locale, 'finance.drawdown.received'), width: 2.2, right: true },
      ],
      f.drawdowns.map((d) => [
        d.reference,
        d.phaseCode ?? '–',
        formatDate(d.requestedOn, locale),
        money(d.requested),
        d.receivedOn ? formatDate(d.receivedOn, locale) : t(locale, 'finance.drawdown.pending'),
        d.received === null ? '–' : money(d.received),
      ]),
    );

  heading(t(locale, 'finance.outputs.heading'));
  const outputs = f.measures.flatMap((m) => m.outputs.map((o) => ({ m, o })));
  if (!outputs.length) doc.text(t(locale, 'finance.pdf.outputsNone'));
  else
    table(
      [
        { label: t(locale, 'finance.measure'), width: 1.4 },
        { label: t(locale, 'finance.output.title'), width: 3.4 },
        { label: t(locale, 'finance.output.kind'), width: 1.6 },
        { label: t(locale, 'finance.output.licence'), width: 1.6 },
        { label: t(locale, 'finance.output.url'), width: 4 },
      ],
      outputs.map(({ m, o }) => [
        m.code,
        o.title,
        t(locale, `finance.output.${o.kind}`),
        o.licence,
        [o.url, o.docsUrl].filter(Boolean).join('\n'),
      ]),
    );

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(t(locale, 'finance.pdf.page', { page: i + 1, pages: range.count }), 50, doc.page.height - 40, { width, align: 'right' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
