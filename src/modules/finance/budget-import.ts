// Import of a budget spreadsheet (CSV) with the same rules as the Vorhabenliste import: every row is
// checked first and the report names line, column and reason; only a file without problems changes
// anything, all rows in one transaction. The budget of each measure named in the file is replaced by the
// file's lines (lines of that measure not in the file are removed); measures not named stay as they are.
// The export `haushalt.csv` writes the same columns, so export → edit → import round-trips.
import crypto from 'node:crypto';
import { onFirstUse } from '../../lib/on-first-use.js';
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import type { CostCategory } from '../../db/schema-finance.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Actor, StaffActor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { knownMunicipalities } from '../municipalities/index.js';
import { parseCsvRecords } from '../../lib/csv-records.js';
import { guardFormula, unguardFormula } from '../../lib/formula-guard.js';
import type { ProgrammeFinance } from './finance.read.js';
import { assertMay } from './finance.service.js';
import * as repo from './finance.repository.js';
import * as measureRepo from './measures.repository.js';
import { centsToGerman, parseEuro } from './money.js';

// The CSV writer loads with the first export, not at start.
const csvStringify = onFirstUse<typeof import('csv-stringify/sync')>('csv-stringify/sync');

export const budgetColumns = ['Maßnahme', 'Phase', 'Jahr', 'Kostenart', 'Finanzierung', 'Betrag'] as const;
type Column = (typeof budgetColumns)[number];

const categoryWords: Record<string, CostCategory> = {
  personal: 'staff',
  personalkosten: 'staff',
  personalausgaben: 'staff',
  staff: 'staff',
  sachkosten: 'material',
  sachausgaben: 'material',
  material: 'material',
  investition: 'investment',
  investitionen: 'investment',
  investitionskosten: 'investment',
  investment: 'investment',
};
const categoryLabel: Record<CostCategory, string> = { staff: 'Personal', material: 'Sachkosten', investment: 'Investitionen' };
const FEDERAL = ['bund', 'bundesanteil', 'bundesmittel', 'federal', 'förderung'];

export interface BudgetProblem {
  line: number;
  column: string;
  reason: MessageKey;
  params: Record<string, string | number>;
}

export interface BudgetImportReport {
  dryRun: boolean;
  applied: boolean;
  problems: BudgetProblem[];
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  measures: string[];
}

interface Row {
  line: number;
  measureId: number;
  measureLabel: string;
  phaseId: number;
  year: number;
  category: CostCategory;
  partnerId: number | null;
  amount: number;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export async function importBudget(db: Db, actor: Actor, content: string, { dryRun }: { dryRun: boolean }): Promise<BudgetImportReport> {
  assertMay(actor, 'manage');
  const report: BudgetImportReport = {
    dryRun,
    applied: false,
    problems: [],
    created: 0,
    updated: 0,
    removed: 0,
    unchanged: 0,
    measures: [],
  };
  const parsed = parseCsvRecords(content);
  if ('error' in parsed) {
    report.problems.push({
      line: parsed.error.line,
      column: '',
      reason: 'finance.import.reason.csvMalformed',
      params: { detail: parsed.error.detail },
    });
    return report;
  }
  const [header, ...body] = parsed.records;
  if (!header || body.length === 0) {
    report.problems.push({ line: 1, column: '', reason: 'finance.import.reason.empty', params: {} });
    return report;
  }
  const index = new Map<Column, number>();
  header.record.forEach((h, i) => {
    const c = budgetColumns.find((col) => norm(col) === norm(h));
    if (c && !index.has(c)) index.set(c, i);
  });
  for (const c of budgetColumns)
    if (!index.has(c)) report.problems.push({ line: 1, column: c, reason: 'finance.import.reason.missingColumn', params: { column: c } });
  if (report.problems.length) return report;

  return db.transaction().execute(async (trx) => {
    await repo.lockFinance(trx);
    const programme = await repo.findProgrammeRow(trx);
    const [measures, phases, municipalities] = await Promise.all([
      programme ? repo.measureRows(trx, programme.id) : [],
      programme ? repo.phases(trx, programme.id) : [],
      knownMunicipalities(trx),
    ]);
    const codeCount = new Map<string, number>();
    for (const m of measures) codeCount.set(norm(m.code), (codeCount.get(norm(m.code)) ?? 0) + 1);
    const findMeasure = (v: string) =>
      measures.find((m) => m.slug === v.trim()) ??
      (codeCount.get(norm(v)) === 1 ? measures.find((m) => norm(m.code) === norm(v)) : undefined);
    const findPartner = (v: string) => municipalities.find((m) => [m.slug, m.name, ...m.aliases].some((n) => norm(n) === norm(v)));

    const rows: Row[] = [];
    const seen = new Map<string, number>();
    for (const { record, line } of body) {
      const cell = (c: Column) => unguardFormula(record[index.get(c)!] ?? '').trim();
      const problem = (column: Column, reason: MessageKey, params: Record<string, string | number> = {}) =>
        report.problems.push({ line, column, reason, params });
      if (budgetColumns.every((c) => !cell(c))) continue;
      const missing = budgetColumns.filter((c) => !cell(c));
      for (const c of missing) problem(c, 'finance.import.reason.required');
      if (missing.length) continue;
      const measure = findMeasure(cell('Maßnahme'));
      if (!measure) problem('Maßnahme', 'finance.import.reason.unknownMeasure', { value: cell('Maßnahme') });
      const phase = phases.find((p) => norm(p.code) === norm(cell('Phase')) || norm(`Phase ${p.code}`) === norm(cell('Phase')));
      if (!phase) problem('Phase', 'finance.import.reason.unknownPhase', { value: cell('Phase') });
      const year = /^\d{4}$/.test(cell('Jahr')) ? Number(cell('Jahr')) : NaN;
      if (!(year >= 2000 && year <= 2100)) problem('Jahr', 'finance.import.reason.year', { value: cell('Jahr') });
      const category = categoryWords[norm(cell('Kostenart'))];
      if (!category) problem('Kostenart', 'finance.import.reason.category', { value: cell('Kostenart') });
      const federal = FEDERAL.includes(norm(cell('Finanzierung')));
      const partner = federal ? null : findPartner(cell('Finanzierung').replace(/^eigenanteil\s+/i, ''));
      if (!federal && !partner) problem('Finanzierung', 'finance.import.reason.source', { value: cell('Finanzierung') });
      const amount = parseEuro(cell('Betrag'));
      if (amount === null) problem('Betrag', 'finance.import.reason.amount', { value: cell('Betrag') });
      if (!measure || !phase || !category || (!federal && !partner) || amount === null || !(year >= 2000 && year <= 2100)) continue;
      const key = `${measure.id}|${phase.id}|${year}|${category}|${partner?.id ?? 0}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem('Maßnahme', 'finance.import.reason.duplicate', { line: first });
        continue;
      }
      seen.set(key, line);
      rows.push({
        line,
        measureId: measure.id,
        measureLabel: measure.code,
        phaseId: phase.id,
        year,
        category,
        partnerId: partner?.id ?? null,
        amount,
      });
    }
    if (report.problems.length) return report;

    const measureIds = [...new Set(rows.map((r) => r.measureId))];
    report.measures = measureIds.map((id) => measures.find((m) => m.id === id)!.code);
    const existing = await measureRepo.budgetLinesOfMeasures(trx, measureIds);
    const keyOf = (l: { measure_id: number; phase_id: number; year: number; category: string; partner_id: number | null }) =>
      `${l.measure_id}|${l.phase_id}|${l.year}|${l.category}|${l.partner_id ?? 0}`;
    const current = new Map(existing.map((l) => [keyOf(l), l]));
    const wanted = new Map(rows.map((r) => [`${r.measureId}|${r.phaseId}|${r.year}|${r.category}|${r.partnerId ?? 0}`, r]));
    const toRemove = existing.filter((l) => !wanted.has(keyOf(l)) || wanted.get(keyOf(l))!.amount === 0);
    const toInsert = rows.filter(
      (r) => r.amount > 0 && !current.has(`${r.measureId}|${r.phaseId}|${r.year}|${r.category}|${r.partnerId ?? 0}`),
    );
    const toUpdate = rows.filter((r) => {
      const c = current.get(`${r.measureId}|${r.phaseId}|${r.year}|${r.category}|${r.partnerId ?? 0}`);
      return c && r.amount > 0 && c.amount_cents !== r.amount;
    });
    report.removed = toRemove.length;
    report.created = toInsert.length;
    report.updated = toUpdate.length;
    report.unchanged = rows.filter((r) => r.amount > 0).length - toInsert.length - toUpdate.length;
    if (dryRun) return report;

    if (toRemove.length)
      await measureRepo.deleteBudgetLines(
        trx,
        toRemove.map((l) => l.id),
      );
    if (toInsert.length)
      await measureRepo.insertBudgetLines(
        trx,
        toInsert.map((r) => ({
          measure_id: r.measureId,
          phase_id: r.phaseId,
          year: r.year,
          category: r.category,
          partner_id: r.partnerId,
          amount_cents: r.amount,
        })),
      );
    for (const r of toUpdate)
      await measureRepo.setBudgetLineAmount(
        trx,
        current.get(`${r.measureId}|${r.phaseId}|${r.year}|${r.category}|${r.partnerId ?? 0}`)!.id,
        r.amount,
      );
    await recordAudit(trx, actor, {
      action: 'finance.budget.import',
      entityType: 'budget',
      entityId: report.measures.join(','),
      summary: `${report.created} / ${report.updated} / ${report.removed} / ${report.unchanged}`,
      before: existing.map((l) => ({
        measure: l.measure_id,
        phase: l.phase_id,
        year: l.year,
        category: l.category,
        partner: l.partner_id,
        amount: l.amount_cents,
      })),
      after: rows.map((r) => ({
        measure: r.measureId,
        phase: r.phaseId,
        year: r.year,
        category: r.category,
        partner: r.partnerId,
        amount: r.amount,
      })),
    });
    if (toRemove.length || toInsert.length || toUpdate.length) await notifyChange(trx);
    report.applied = true;
    return report;
  });
}

/** How long a checked file waits for its confirmation. */
const PENDING_MINUTES = 60;

/** Keeps a checked file for the confirmation step, under a random id only its uploader can redeem. */
export async function keepPendingImport(db: Db, actor: StaffActor, fileName: string, content: string): Promise<string> {
  assertMay(actor, 'manage');
  const id = crypto.randomBytes(18).toString('base64url');
  await repo.insertPendingImport(db, { id, userId: actor.id, fileName, content });
  return id;
}

/** The file kept under `id` by the same person, once (it is gone afterwards); undefined when expired or unknown. */
export async function takePendingImport(db: Db, actor: StaffActor, id: string) {
  assertMay(actor, 'manage');
  return repo.takePendingImport(db, id, actor.id, PENDING_MINUTES);
}

/** The budget in the import format: one line per budget line, German headers, semicolons, amounts as "1234,56". */
export function budgetCsv(f: ProgrammeFinance): string {
  const byId = new Map(f.measures.map((m) => [m.id, m]));
  const rows = f.budgetLines.map((l) =>
    [
      byId.get(l.measureId)!.code,
      l.phaseCode,
      String(l.year),
      categoryLabel[l.category],
      l.partner ? l.partner.name : 'Bund',
      centsToGerman(l.amount),
    ].map((c) => guardFormula(c)),
  );
  return '\uFEFF' + csvStringify().stringify([[...budgetColumns], ...rows], { delimiter: ';', quoted: true, record_delimiter: '\r\n' });
}

export const categoryName = (c: CostCategory) => categoryLabel[c];
