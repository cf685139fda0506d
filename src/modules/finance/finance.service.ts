// The frame of every change to the programme's money and results: the finance policy is checked, the
// change runs in one transaction under the finance lock, and the response cache is emptied (the dashboard
// is public). A value the form could not check itself (an unknown Vorhaben, a parent that would make a
// cycle) comes back as a FieldProblem naming its field, which the routes show beside that field. The use
// cases live by sub-domain: funding.service.ts (grant, phases, draw-downs, deadlines), measures.service.ts
// (measures, budget, expenditures, results) and finance.corrections.service.ts.
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import type { MessageKey } from '../../i18n/index.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { mayOnFinance } from './finance.policy.js';
import * as repo from './finance.repository.js';
import * as measures from './measures.repository.js';

/** A value that is well-formed but wrong in the database's light, shown at its form field. */
export class FieldProblem extends AppError {
  constructor(
    public readonly field: string,
    key: MessageKey,
    params: Record<string, string | number> = {},
  ) {
    super(400, 'invalid_field', key, params);
  }
}

export function assertMay(actor: Actor, action: 'read' | 'manage'): void {
  if (!mayOnFinance(actor, action)) throw forbidden();
}

async function programmeId(trx: Db): Promise<number> {
  const p = await repo.findProgrammeRow(trx);
  if (!p) throw notFound('programme');
  return p.id;
}

/** Runs `change` as the actor in a transaction, then empties the public caches. */
export async function change<T>(db: Db, actor: Actor, fn: (trx: Db, programme: number) => Promise<T>): Promise<T> {
  assertMay(actor, 'manage');
  return db.transaction().execute(async (trx) => {
    await repo.lockFinance(trx);
    const result = await fn(trx, await programmeId(trx));
    await notifyChange(trx);
    return result;
  });
}

/** The measure's row, for a change to it (404 when there is none). */
export async function measureBySlug(trx: Db, slug: string) {
  const m = await measures.findMeasureBySlug(trx, slug);
  if (!m) throw notFound('measure');
  return m;
}
