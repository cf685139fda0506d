// Corrections to the programme's books: an expenditure is cancelled (Storno) with a reason, never
// deleted, so the record stays; draw-downs and their receipt are corrected or cancelled; a wrong
// indicator value is removed; milestones, outputs and custom deadlines are edited or removed. Each is a
// finance 'manage' change in one transaction, audited with before and after.
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import { type Actor, actorId } from '../accounts/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { change, FieldProblem, measureBySlug } from './finance.service.js';

/** Cancels an expenditure of the measure; a cancelled one cannot be cancelled again. */
export async function cancelExpenditure(db: Db, actor: Actor, measureSlug: string, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const before = await trx.selectFrom('finance_expenditures').selectAll().where('id', '=', id).where('measure_id', '=', measure.id).forUpdate().executeTakeFirst();
    if (!before) throw notFound('expenditure');
    if (before.cancelled_at) throw new FieldProblem('cancelReason', 'finance.error.alreadyCancelled');
    await trx.updateTable('finance_expenditures').set({ cancelled_at: new Date(), cancelled_by: actorId(actor), cancel_reason: reason }).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'finance.expenditure.cancel', entityType: 'expenditure', entityId: id, summary: `${measure.code}: Storno ${before.amount_cents} ct (${before.document_ref})`,
      before: { spentOn: before.spent_on, amount: before.amount_cents, category: before.category, documentRef: before.document_ref }, after: { cancelReason: reason },
    });
  });
}
