// The settings form of a municipality: its council bodies (decision prefix and name) and the quorum of
// signatures for a participation request. Rows come as numbered fields so the form works without JavaScript.
import { z } from 'zod';
import type { FormErrors } from '../../lib/form-errors.js';

export interface BodyRow {
  prefix: string;
  name: string;
}

export interface SettingsValues {
  bodies: BodyRow[];
  quorum: string;
}

export interface Settings {
  bodies: BodyRow[];
  quorum: number | null;
}

const MAX_BODIES = 50;
const raw = z.looseObject({
  body_count: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_BODIES + 10)
    .catch(0),
  quorum: z.string().max(40).default(''),
});

export function settingsValues(body: unknown): SettingsValues {
  const b = raw.parse(body ?? {});
  const all = (body ?? {}) as Record<string, unknown>;
  const s = (k: string) => (typeof all[k] === 'string' ? all[k] : '');
  const bodies: BodyRow[] = [];
  for (let i = 0; i < b.body_count; i++) {
    if (s(`body_${i}_remove`)) continue;
    bodies.push({ prefix: s(`body_${i}_prefix`), name: s(`body_${i}_name`) });
  }
  return { bodies, quorum: b.quorum };
}

export function checkSettings(values: SettingsValues): { settings: Settings } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const bodies: BodyRow[] = [];
  const seen = new Set<string>();
  values.bodies.forEach((row, i) => {
    const prefix = row.prefix.trim();
    const name = row.name.trim();
    if (!prefix && !name) return; // an unused blank row
    if (!/^\p{L}{1,6}$/u.test(prefix)) errors[`body_${i}_prefix`] = { key: 'municipality.error.prefix' };
    else if (seen.has(prefix.toUpperCase())) errors[`body_${i}_prefix`] = { key: 'municipality.error.prefixTwice', params: { prefix } };
    if (!name) errors[`body_${i}_name`] = { key: 'form.error.required' };
    else if (name.length > 200) errors[`body_${i}_name`] = { key: 'form.error.tooLong', params: { max: 200 } };
    seen.add(prefix.toUpperCase());
    bodies.push({ prefix: prefix.toUpperCase(), name });
  });
  if (bodies.length > MAX_BODIES) errors.bodies = { key: 'form.error.tooLong', params: { max: MAX_BODIES } };
  let quorum: number | null = null;
  const q = values.quorum.trim().replace(/[.\s]/g, '');
  if (q) {
    const n = Number(q);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) errors.quorum = { key: 'municipality.error.quorum' };
    else quorum = n;
  }
  if (Object.keys(errors).length) return { errors };
  return { settings: { bodies, quorum } };
}
