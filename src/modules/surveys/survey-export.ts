// All answers of a survey for staff: one row per response (its channel, kind of respondent, source event,
// time in Berlin), one column per question, as CSV and as XLSX. exceljs and pdfkit load on first use;
// the printable code sheet as PDF is here too, since it also leaves the server only once.
import { t } from '../../i18n/index.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { guardFormula } from '../../lib/formula-guard.js';
import { type Locale, pick } from '../../lib/localized.js';
import { onFirstUse } from '../../lib/on-first-use.js';
import type { AnswerRecord, AnswerValue, QuestionView, ResponseRecord, SurveyView } from './survey.types.js';

const csvStringify = onFirstUse<typeof import('csv-stringify/sync')>('csv-stringify/sync');

function cell(q: QuestionView, value: AnswerValue | undefined, locale: Locale): string {
  if (value === undefined) return '';
  const option = (i: number) => pick(q.options[i], locale)?.text ?? String(i);
  switch (q.kind) {
    case 'single':
      return option(value as number);
    case 'multiple':
    case 'ranking':
      return (value as number[]).map(option).join(' | ');
    case 'yesno':
      return t(locale, value ? 'surveys.answer.yes' : 'surveys.answer.no');
    default:
      return String(value);
  }
}

function table(survey: SurveyView, answers: AnswerRecord[], responses: ResponseRecord[], locale: Locale): string[][] {
  const byResponse = new Map<number, Map<number, AnswerValue>>();
  for (const a of answers)
    byResponse.set(a.responseId, (byResponse.get(a.responseId) ?? new Map<number, AnswerValue>()).set(a.questionId, a.value));
  const head = [
    t(locale, 'surveys.export.response'),
    t(locale, 'surveys.export.time'),
    t(locale, 'surveys.results.channel'),
    t(locale, 'surveys.export.respondent'),
    t(locale, 'surveys.admin.sourceEvent'),
    ...survey.questions.map((q, i) => `${i + 1}. ${pick(q.prompt, locale)?.text ?? ''}`),
  ];
  const rows = responses.map((r) => {
    const time = berlinParts(r.createdAt);
    const given = byResponse.get(r.id) ?? new Map<number, AnswerValue>();
    return [
      String(r.id),
      `${time.date} ${time.time}`,
      t(locale, `surveys.channel.${r.channel}`),
      t(locale, `surveys.respondent.${r.respondent}`),
      r.sourceEvent ?? '',
      ...survey.questions.map((q) => cell(q, given.get(q.id), locale)),
    ];
  });
  return [head, ...rows];
}

export function answersCsv(survey: SurveyView, answers: AnswerRecord[], responses: ResponseRecord[], locale: Locale): string {
  return csvStringify().stringify(
    table(survey, answers, responses, locale).map((row) => row.map(guardFormula)),
    { bom: true },
  );
}

export async function answersWorkbook(
  survey: SurveyView,
  answers: AnswerRecord[],
  responses: ResponseRecord[],
  locale: Locale,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lotse';
  wb.created = new Date();
  const ws = wb.addWorksheet(t(locale, 'surveys.export.sheet'));
  const [head, ...rows] = table(survey, answers, responses, locale);
  ws.addRow(head!);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) ws.addRow(row.map(guardFormula));
  ws.columns.forEach((c) => (c.width = 24));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The code sheet as PDF: one code per block with the survey's title and address, to cut apart. */
export async function codesPdf(survey: SurveyView, codes: string[], address: string): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: survey.title.de, Author: 'Lotse' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  codes.forEach((code, i) => {
    if (i > 0 && i % 6 === 0) doc.addPage();
    doc.fontSize(12).text(survey.title.de).fontSize(10).text(address).fontSize(18).text(code).moveDown(1.5);
  });
  doc.end();
  return done;
}
