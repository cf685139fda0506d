// Changes to the programme's funding record: the grant with its phases, headline figures and partner
// shares, the draw-downs with their receipts, and the deadlines. Each use case runs through change()
// (policy, transaction, cache) and is audited with before and after.
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import type { DeadlineInput, DrawdownInput, ReceiptInput } from './finance.ledger.schemas.js';
import { PHASE_ROWS, type ProgrammeInput } from './finance.programme.schemas.js';
import { change, FieldProblem } from './finance.service.js';
import * as repo from './finance.repository.js';
import * as funding from './funding.repository.js';

// ---- the programme record ----

export async function saveProgramme(db: Db, actor: Actor, input: ProgrammeInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = {
      grant: await funding.grantOf(trx, programme),
      phases: await repo.phases(trx, programme),
      figures: await repo.figures(trx, programme),
      shares: await repo.partnerShares(trx, programme),
    };
    await funding.upsertGrant(trx, programme, {
      funding_programme: input.fundingProgramme,
      grant_reference: input.grantReference,
      grant_date: input.grantDate,
      funding_rate_bp: input.fundingRateBp,
    });
    // Phases are matched by code; a phase that still has budget lines or draw-downs cannot go.
    const keep = input.phases.map((p) => p.code);
    const dropped = before.phases.filter((p) => !keep.includes(p.code));
    if (dropped.length) {
      const used = await funding.phaseInUse(
        trx,
        dropped.map((p) => p.id),
      );
      if (used) {
        // Shown at the row the phase stood in before (the form lists the phases in this order).
        const row = before.phases.findIndex((p) => p.id === used.phase_id);
        throw new FieldProblem(`phase_${Math.max(0, Math.min(row, PHASE_ROWS - 1))}_code`, 'finance.error.phaseInUse', {
          code: before.phases[row]?.code ?? '',
        });
      }
      await funding.deletePhases(
        trx,
        dropped.map((p) => p.id),
      );
    }
    for (const p of input.phases) {
      await funding.upsertPhase(trx, programme, {
        code: p.code,
        name: JSON.stringify(p.name),
        starts_on: p.startsOn,
        ends_on: p.endsOn,
        proof_months: p.proofMonths,
      });
    }
    await funding.replaceFigures(
      trx,
      programme,
      input.figures.map((f) => ({ amount_cents: f.amount, source: f.source, as_of: f.asOf })),
    );
    await funding.replacePartnerShares(
      trx,
      programme,
      before.shares.flatMap((s) => {
        const bp = input.shares[s.slug];
        return bp ? [{ municipality_id: s.id, share_bp: bp }] : [];
      }),
    );
    await recordAudit(trx, actor, {
      action: 'finance.programme.update',
      entityType: 'programme',
      entityId: programme,
      summary: input.grantReference ?? input.fundingProgramme ?? 'Programm',
      before,
      after: input,
    });
  });
}

/** Marks the proof of spending of a phase as submitted (or takes that back). */
export async function setProofSubmitted(db: Db, actor: Actor, phaseCode: string, on: string | null): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const phase = await funding.phaseByCode(trx, programme, phaseCode);
    if (!phase) throw notFound('phase');
    await funding.setProofSubmitted(trx, phase.id, on);
    await recordAudit(trx, actor, {
      action: 'finance.deadline.proof',
      entityType: 'programme_phase',
      entityId: phase.code,
      summary: `Verwendungsnachweis Phase ${phase.code}`,
      before: { submittedOn: phase.proof_submitted_on },
      after: { submittedOn: on },
    });
  });
}

// ---- draw-downs and deadlines ----

export async function requestDrawdown(db: Db, actor: Actor, input: DrawdownInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const phaseId = input.phaseCode ? await funding.phaseIdByCode(trx, programme, input.phaseCode) : null;
    if (input.phaseCode && phaseId === undefined) throw new FieldProblem('drawPhase', 'form.error.choose');
    const id = await funding.insertDrawdown(trx, {
      programme_id: programme,
      phase_id: phaseId ?? null,
      reference: input.reference,
      requested_on: input.requestedOn,
      requested_cents: input.requested,
    });
    await recordAudit(trx, actor, {
      action: 'finance.drawdown.request',
      entityType: 'drawdown',
      entityId: id,
      summary: `${input.reference}: ${input.requested} ct`,
      after: input,
    });
  });
}

export async function recordReceipt(db: Db, actor: Actor, id: number, input: ReceiptInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const before = await funding.findDrawdown(trx, programme, id);
    if (!before) throw notFound('drawdown');
    if (before.cancelled_at) throw new FieldProblem('receivedOn', 'finance.error.drawdownCancelled');
    if (input.receivedOn < before.requested_on) throw new FieldProblem('receivedOn', 'finance.error.receivedBeforeRequested');
    // Correcting a recorded receipt needs its reason (for the change log).
    const correcting = before.received_on !== null;
    if (correcting && !input.reason) throw new FieldProblem('receiptReason', 'form.error.required');
    await funding.setReceipt(trx, id, input.receivedOn, input.received);
    await recordAudit(trx, actor, {
      action: correcting ? 'finance.drawdown.receiptCorrect' : 'finance.drawdown.receipt',
      entityType: 'drawdown',
      entityId: id,
      summary: `${before.reference}: ${input.received} ct`,
      before: { receivedOn: before.received_on, received: before.received_cents },
      after: input,
    });
  });
}

export async function addDeadline(db: Db, actor: Actor, input: DeadlineInput): Promise<void> {
  await change(db, actor, async (trx, programme) => {
    const id = await funding.insertDeadline(trx, programme, { title: input.title, due_on: input.dueOn });
    await recordAudit(trx, actor, {
      action: 'finance.deadline.create',
      entityType: 'deadline',
      entityId: id,
      summary: `${input.title} (${input.dueOn})`,
      after: input,
    });
  });
}

/** `key`: 'proof-<phase>' or 'custom-<id>', as listed by deadlinesOf(). */
export async function setDeadlineDone(db: Db, actor: Actor, key: string, doneOn: string | null): Promise<void> {
  const proof = /^proof-(.{1,10})$/.exec(key);
  if (proof) return setProofSubmitted(db, actor, proof[1]!, doneOn);
  const custom = /^custom-(\d{1,9})$/.exec(key);
  if (!custom) throw notFound('deadline');
  await change(db, actor, async (trx, programme) => {
    const before = await funding.findDeadline(trx, programme, Number(custom[1]));
    if (!before) throw notFound('deadline');
    await funding.setDeadlineDone(trx, before.id, doneOn);
    await recordAudit(trx, actor, {
      action: 'finance.deadline.done',
      entityType: 'deadline',
      entityId: before.id,
      summary: before.title,
      before: { doneOn: before.done_on },
      after: { doneOn },
    });
  });
}
