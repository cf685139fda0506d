// The form of the programme record: the grant, up to four phases, up to six headline figures and the
// partners' shares of the own contribution. A row of phases or figures that nobody filled in is left out
// unchecked; phases must not overlap, so that each day (and each expenditure) belongs to one phase at most.
import { z } from 'zod';
import type { LocalizedText } from '../../lib/localized.js';
import {
  checkLocalized,
  date,
  euro,
  type FormValues,
  financeForm,
  int,
  localizedFields,
  localizedNames,
  localizedValue,
  optionalDate,
  optionalText,
  problem,
  text,
} from './finance.form-fields.js';

export interface ProgrammeInput {
  fundingProgramme: string | null;
  grantReference: string | null;
  grantDate: string | null;
  fundingRateBp: number;
  phases: { code: string; name: LocalizedText; startsOn: string; endsOn: string; proofMonths: number }[];
  figures: { amount: number; source: string; asOf: string }[];
  /** Basis points per municipality slug; together 10,000 (100 %). */
  shares: Record<string, number>;
}

export const PHASE_ROWS = 4;
export const FIGURE_ROWS = 6;
const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Reads "65", "65,5" or "90 %" as basis points. */
function percentToBp(text: string): number | null {
  const s = text.replace(/\s|%/g, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null;
  const bp = Math.round(Number(s) * 100);
  return bp <= 10_000 ? bp : null;
}

/** A percentage as basis points; null when it is none. */
const percent = z.string().transform((s, ctx) => {
  const bp = percentToBp(s);
  if (bp === null) problem(ctx, 'finance.error.percent');
  return bp;
});
/** A partner's share; empty is none (0). */
const share = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const bp = s ? percentToBp(s) : 0;
    if (bp === null) problem(ctx, 'finance.error.percent');
    return bp;
  });

// The fields of a row are checked only when one of these is filled in.
const phaseKeys = (i: number) => [`phase_${i}_code`, `phase_${i}_name_de`, `phase_${i}_start`, `phase_${i}_end`, `phase_${i}_months`];
const figureKeys = (i: number) => [`figure_${i}_amount`, `figure_${i}_source`, `figure_${i}_asOf`];

const rowFields = (fields: Record<string, z.ZodType>) =>
  Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, schema.optional()]));
const phaseFields = (i: number) =>
  rowFields({
    [`phase_${i}_code`]: text(10),
    ...localizedFields(`phase_${i}_name`, 200),
    [`phase_${i}_start`]: date,
    [`phase_${i}_end`]: date,
    [`phase_${i}_months`]: int(1, 240),
  });
const figureFields = (i: number) =>
  rowFields({ [`figure_${i}_amount`]: euro(), [`figure_${i}_source`]: text(300), [`figure_${i}_asOf`]: date });

/** Leaves out the fields of the rows nobody filled in. */
function withoutEmptyRows(values: FormValues): Partial<FormValues> {
  const out: Partial<FormValues> = { ...values };
  const blank = (names: string[]) => names.every((n) => !values[n]?.trim());
  for (const i of rows(PHASE_ROWS))
    if (blank(phaseKeys(i))) for (const n of [...phaseKeys(i), ...localizedNames(`phase_${i}_name`)]) delete out[n];
  for (const i of rows(FIGURE_ROWS)) if (blank(figureKeys(i))) for (const n of figureKeys(i)) delete out[n];
  return out;
}

type Phase = ProgrammeInput['phases'][number] & { row: number };

/** The phases of the filled rows whose every field could be read (their code may still be too long). */
function phasesOf(v: Record<string, unknown>): Phase[] {
  return rows(PHASE_ROWS).flatMap((row) => {
    const at = (f: string) => v[`phase_${row}_${f}`];
    const [code, name, startsOn, endsOn, proofMonths] = [
      at('code'),
      localizedValue(v, `phase_${row}_name`),
      at('start'),
      at('end'),
      at('months'),
    ];
    return typeof code === 'string' &&
      code &&
      name &&
      typeof startsOn === 'string' &&
      startsOn &&
      typeof endsOn === 'string' &&
      endsOn &&
      typeof proofMonths === 'number'
      ? [{ code, name, startsOn, endsOn, proofMonths, row }]
      : [];
  });
}

export const programmeForm = (partners: string[]) =>
  financeForm(
    {
      fundingProgramme: optionalText(300),
      grantReference: optionalText(200),
      grantDate: optionalDate,
      fundingRate: percent,
      ...Object.assign({}, ...rows(PHASE_ROWS).map(phaseFields)),
      ...Object.assign({}, ...rows(FIGURE_ROWS).map(figureFields)),
      ...Object.fromEntries(partners.map((p) => [`share_${p}`, share])),
    } as Record<string, z.ZodType>,
    (v): ProgrammeInput => ({
      fundingProgramme: v.fundingProgramme as string | null,
      grantReference: v.grantReference as string | null,
      grantDate: v.grantDate as string | null,
      fundingRateBp: v.fundingRate as number,
      phases: phasesOf(v).map(({ row: _, ...phase }) => phase),
      figures: rows(FIGURE_ROWS).flatMap((i) =>
        v[`figure_${i}_amount`] === undefined
          ? []
          : [
              {
                amount: v[`figure_${i}_amount`] as number,
                source: v[`figure_${i}_source`] as string,
                asOf: v[`figure_${i}_asOf`] as string,
              },
            ],
      ),
      shares: Object.fromEntries(partners.map((p) => [p, v[`share_${p}`] as number])),
    }),
    {
      prepare: withoutEmptyRows,
      check: (v, ctx) => {
        const codes = new Set<string>();
        for (const i of rows(PHASE_ROWS)) {
          if (v[`phase_${i}_code`] === undefined) continue;
          const code = v[`phase_${i}_code`];
          if (typeof code === 'string' && code) {
            if (codes.has(code)) problem(ctx, 'finance.error.duplicatePhase', undefined, `phase_${i}_code`);
            codes.add(code);
          }
          checkLocalized(v, `phase_${i}_name`, true, ctx);
          const [start, end] = [v[`phase_${i}_start`], v[`phase_${i}_end`]];
          if (typeof start === 'string' && start && typeof end === 'string' && end && end < start)
            problem(ctx, 'finance.error.endBeforeStart', undefined, `phase_${i}_end`);
        }
        const phases = phasesOf(v);
        for (const a of phases) {
          const other = phases.find((b) => b !== a && b.startsOn <= a.endsOn && a.startsOn <= b.endsOn && b.row < a.row);
          if (other)
            problem(ctx, 'finance.error.phasesOverlap', { code: other.code }, `phase_${a.row}_start`, `phase_${PHASE_ROWS - 1}_months`);
        }
        const shares = partners.map((p) => v[`share_${p}`]);
        const sum = shares.reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);
        if (partners.length && shares.every((s) => typeof s === 'number') && sum !== 10_000 && sum !== 0)
          problem(ctx, 'finance.error.sharesSum', undefined, `share_${partners[0]}`, `share_${partners.at(-1)}`);
      },
    },
  );
