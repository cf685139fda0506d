// Corrections to the programme's books: an expenditure or a draw-down is cancelled (Storno) with a
// reason, never deleted, so the record stays; a recorded receipt is corrected (in finance.service's
// recordReceipt, with a reason) or taken back; a wrong indicator value, a milestone, an output or a custom
// deadline is removed. Each is a finance 'manage' change in one transaction, audited with the reason,
// the state before and after. Computed deadlines (proof of spending) cannot be removed.
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import { type Actor, actorId } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import { change, FieldProblem, measureBySlug } from './finance.service.js';
import * as funding from './funding.repository.js';
import * as measures from './measures.repository.js';

/** Cancels an expenditure of the measure; a cancelled one cannot be cancelled again. */
export async function cancelExpenditure(db: Db, actor: Actor, measureSlug: string, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const before = await measures.expenditureForUpdate(trx, measure.id, id);
    if (!before) throw notFound('expenditure');
    if (before.cancelled_at) throw new FieldProblem('cancelReason', 'finance.error.alreadyCancelled');
    await measures.cancelExpenditure(trx, id, actorId(actor), reason);
    await recordAudit(trx, actor, {
      action: 'finance.expenditure.cancel',
      entityType: 'expenditure',
      entityId: id,
      summary: `${measure.code}: Storno ${before.amount_cents} ct (${before.document_ref})`,
      before: { spentOn: before.spent_on, amount: before.amount_cents, category: before.category, documentRef: before.document_ref },
      after: { cancelReason: reason },
    });
  });
}

async function drawdownOf(trx: Db, programme: number, id: number) {
  const d = await funding.drawdownForUpdate(trx, programme, id);
  if (!d) throw notFound('drawdown');
  return d;
}

/** Cancels a draw-down (with or without its receipt); it then counts in no sum, warning or report. */
export async function cancelDrawdown(db: Db, actor: Actor, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = await drawdownOf(trx, programme, id);
    if (before.cancelled_at) throw new FieldProblem('reason', 'finance.error.drawdownCancelled');
    await funding.cancelDrawdown(trx, id, actorId(actor), reason);
    await recordAudit(trx, actor, {
      action: 'finance.drawdown.cancel',
      entityType: 'drawdown',
      entityId: id,
      summary: `Storno ${before.reference}: ${before.requested_cents} ct`,
      before: {
        requestedOn: before.requested_on,
        requested: before.requested_cents,
        receivedOn: before.received_on,
        received: before.received_cents,
      },
      after: { cancelReason: reason },
    });
  });
}

/** Takes back the receipt recorded for a draw-down: it is pending again. */
export async function withdrawReceipt(db: Db, actor: Actor, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = await drawdownOf(trx, programme, id);
    if (before.cancelled_at) throw new FieldProblem('reason', 'finance.error.drawdownCancelled');
    if (before.received_on === null) throw new FieldProblem('reason', 'finance.error.noReceipt');
    await funding.setReceipt(trx, id, null, null);
    await recordAudit(trx, actor, {
      action: 'finance.drawdown.receiptWithdraw',
      entityType: 'drawdown',
      entityId: id,
      summary: `${before.reference}: Eingang zurückgenommen`,
      before: { receivedOn: before.received_on, received: before.received_cents },
      after: { receivedOn: null, received: null, reason },
    });
  });
}

/** Removes a wrong value of an indicator of the measure; the latest value is then the one before it. */
export async function deleteIndicatorValue(
  db: Db,
  actor: Actor,
  measureSlug: string,
  indicatorId: number,
  valueId: number,
  reason: string,
): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const before = await measures.findIndicatorValue(trx, measure.id, indicatorId, valueId);
    if (!before) throw notFound('indicator value');
    await measures.deleteIndicatorValue(trx, valueId);
    await recordAudit(trx, actor, {
      action: 'finance.indicator.valueDelete',
      entityType: 'indicator',
      entityId: indicatorId,
      summary: `${measure.code}: ${before.name.de} ≠ ${before.value} ${before.unit} (${before.measured_on})`,
      before: { measuredOn: before.measured_on, value: before.value },
      after: { reason },
    });
  });
}

/** Removes a milestone of the measure. */
export async function deleteMilestone(db: Db, actor: Actor, measureSlug: string, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const before = await measures.deleteMilestone(trx, measure.id, id);
    if (!before) throw notFound('milestone');
    await recordAudit(trx, actor, {
      action: 'finance.milestone.delete',
      entityType: 'milestone',
      entityId: id,
      summary: `${measure.code}: ${before.title.de}`,
      before: { title: before.title, dueOn: before.due_on, doneOn: before.done_on },
      after: { reason },
    });
  });
}

/** Removes an output (software, data set) of the measure. */
export async function deleteOutput(db: Db, actor: Actor, measureSlug: string, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx) => {
    const measure = await measureBySlug(trx, measureSlug);
    const before = await measures.deleteOutput(trx, measure.id, id);
    if (!before) throw notFound('output');
    await recordAudit(trx, actor, {
      action: 'finance.output.delete',
      entityType: 'output',
      entityId: id,
      summary: `${measure.code}: ${before.title}`,
      before: { kind: before.kind, title: before.title, licence: before.licence, url: before.url, docsUrl: before.docs_url },
      after: { reason },
    });
  });
}

/** Removes a custom deadline; the proof-of-spending deadlines are computed from the phases and stay. */
export async function deleteDeadline(db: Db, actor: Actor, id: number, reason: string): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = await funding.deleteDeadline(trx, programme, id);
    if (!before) throw notFound('deadline');
    await recordAudit(trx, actor, {
      action: 'finance.deadline.delete',
      entityType: 'deadline',
      entityId: id,
      summary: `${before.title} (${before.due_on})`,
      before: { title: before.title, dueOn: before.due_on, doneOn: before.done_on },
      after: { reason },
    });
  });
}
