// The changes of consultations (reading them is in consultations.read.ts). Staff: create a consultation in a process with its draft text (split at
// headings into sections), change its details and the draft, publish the draft as the next version,
// start a revised draft from the newest version, note per section what changed and which comments led to
// it, answer and weigh each comment, record the decision that adopted a version. Residents: agree or
// disagree with a section (one vote each, changeable). Each change runs in one transaction with its audit
// entry and a change notice (the public pages are cached).
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { LocalizedText } from '../../lib/localized.js';
import { slugify } from '../../lib/slug.js';
import { type Actor, actorId } from '../../platform/actor.js';
import type { Resident } from '../../platform/resident-session.js';
import { checkResidentWrite } from '../../platform/write-limits.js';
import { recordAudit } from '../audit/index.js';
import {
  type ConsultationView,
  draftVersion,
  latestPublished,
  phaseOf,
  toConsultationView,
  type VoteStance,
  type WeighingOutcome,
} from './consultation.types.js';
import { mayManageConsultation } from './consultations.policy.js';
import * as repo from './consultations.repository.js';
import { commentsOf, publicConsultation, staffConsultation } from './consultations.read.js';
import { type SplitError, splitSections } from './markdown-sections.js';

export interface ConsultationInput {
  processSlug: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  startsOn: string;
  endsOn: string;
  text: string;
  example?: boolean;
}

export interface DetailsInput {
  title: LocalizedText;
  summary: LocalizedText | null;
  startsOn: string;
  endsOn: string;
}

/** The draft text could not be split into sections: the form shows why at the text field. */
export class TextError extends AppError {
  constructor(readonly reason: SplitError) {
    super(400, 'bad_text', `consultations.error.text.${reason}`);
  }
}

function sectionsOf(text: string) {
  const result = splitSections(text);
  if ('error' in result) throw new TextError(result.error);
  return result.sections;
}

function periodCheck(startsOn: string, endsOn: string) {
  if (startsOn > endsOn) throw new AppError(400, 'bad_period', 'consultations.error.period');
}

async function freeSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title, 70) || 'konsultation';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await repo.slugTaken(db, slug))) return slug;
  }
}

// ---- staff ----

/** The processes the actor may start a consultation in. */
export async function processOptions(db: Db, actor: Actor): Promise<{ slug: string; title: LocalizedText }[]> {
  return (await repo.processChoices(db))
    .filter((p) =>
      mayManageConsultation(
        actor,
        (p.municipalities as { slug: string }[]).map((m) => m.slug),
      ),
    )
    .map((p) => ({ slug: p.slug, title: p.title }));
}

async function managed(db: Db, actor: Actor, slug: string): Promise<ConsultationView> {
  return staffConsultation(db, actor, slug);
}

export async function createConsultation(db: Db, actor: Actor, input: ConsultationInput): Promise<string> {
  const process = await repo.processBySlug(db, input.processSlug);
  if (!process) throw new AppError(400, 'unknown_process', 'consultations.error.process');
  if (
    !mayManageConsultation(
      actor,
      (process.municipalities as { slug: string }[]).map((m) => m.slug),
    )
  )
    throw forbidden();
  periodCheck(input.startsOn, input.endsOn);
  const sections = sectionsOf(input.text);
  return db.transaction().execute(async (trx) => {
    const slug = await freeSlug(trx, input.title.de);
    const id = await repo.insertConsultation(trx, {
      slug,
      processId: process.id,
      title: input.title,
      summary: input.summary,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      example: input.example ?? false,
    });
    const versionId = await repo.insertVersion(trx, id, 1);
    await repo.replaceSections(trx, versionId, sections);
    await recordAudit(trx, actor, {
      action: 'consultation.create',
      entityType: 'consultation',
      entityId: slug,
      summary: input.title.de,
      after: { process: input.processSlug, sections: sections.length },
    });
    return slug;
  });
}

export async function updateDetails(db: Db, actor: Actor, slug: string, input: DetailsInput): Promise<void> {
  const c = await managed(db, actor, slug);
  periodCheck(input.startsOn, input.endsOn);
  await db.transaction().execute(async (trx) => {
    await repo.updateDetails(trx, c.id, input);
    await recordAudit(trx, actor, {
      action: 'consultation.update',
      entityType: 'consultation',
      entityId: slug,
      summary: input.title.de,
      before: { title: c.title, startsOn: c.startsOn, endsOn: c.endsOn },
      after: input,
    });
    await notifyChange(trx);
  });
}

/** Replaces the draft's text; sections whose anchor stays keep their change note and citations. */
export async function saveDraftText(db: Db, actor: Actor, slug: string, text: string): Promise<void> {
  const c = await managed(db, actor, slug);
  const draft = draftVersion(c);
  if (!draft) throw new AppError(409, 'no_draft', 'consultations.error.noDraft');
  const sections = sectionsOf(text);
  await db.transaction().execute(async (trx) => {
    const kept = new Map((await repo.sectionNotes(trx, draft.id)).map((s) => [s.anchor, s]));
    await repo.replaceSections(
      trx,
      draft.id,
      sections.map((s) => ({ ...s, changeNote: kept.get(s.anchor)?.change_note ?? null })),
    );
    const fresh = toConsultationView((await repo.findConsultation(trx, slug, { publicOnly: false }))!);
    for (const s of draftVersion(fresh)!.sections) {
      const cited = (kept.get(s.anchor)?.cited as { comment_id: number }[] | undefined) ?? [];
      if (cited.length)
        await repo.setCitations(
          trx,
          s.id,
          cited.map((x) => x.comment_id),
        );
    }
    await repo.touch(trx, c.id);
    await recordAudit(trx, actor, {
      action: 'consultation.draft',
      entityType: 'consultation',
      entityId: slug,
      summary: c.title.de,
      before: { sections: draft.sections.length },
      after: { sections: sections.length },
    });
  });
}

/** Starts the next version as a draft, a copy of the newest published one. */
export async function startRevision(db: Db, actor: Actor, slug: string): Promise<number> {
  const c = await managed(db, actor, slug);
  if (c.adoption) throw new AppError(409, 'adopted', 'consultations.error.adopted');
  const latest = latestPublished(c);
  if (!latest || draftVersion(c)) throw new AppError(409, 'draft_exists', 'consultations.error.draftExists');
  return db.transaction().execute(async (trx) => {
    await repo.lockConsultation(trx, c.id);
    const number = latest.number + 1;
    const versionId = await repo.insertVersion(trx, c.id, number);
    await repo.replaceSections(
      trx,
      versionId,
      latest.sections.map((s) => ({ anchor: s.anchor, heading: s.heading, body: s.body })),
    );
    await repo.touch(trx, c.id);
    await recordAudit(trx, actor, {
      action: 'consultation.revision',
      entityType: 'consultation',
      entityId: slug,
      summary: c.title.de,
      after: { version: number },
    });
    return number;
  });
}

/** What changed in one section of the draft, and which comments on earlier versions led to it. */
export async function saveSectionNote(
  db: Db,
  actor: Actor,
  slug: string,
  anchor: string,
  note: string | null,
  commentIds: number[],
): Promise<void> {
  const c = await managed(db, actor, slug);
  const draft = draftVersion(c);
  const section = draft?.sections.find((s) => s.anchor === anchor);
  if (!draft || !section) throw notFound('section');
  const known = new Set((await commentsOf(db, c, false)).filter((x) => x.version < draft.number).map((x) => x.id));
  if (commentIds.some((id) => !known.has(id))) throw new AppError(400, 'unknown_comment', 'consultations.error.comment');
  await db.transaction().execute(async (trx) => {
    await repo.setSectionNote(trx, section.id, note);
    await repo.setCitations(trx, section.id, [...new Set(commentIds)]);
    await repo.touch(trx, c.id);
    await recordAudit(trx, actor, {
      action: 'consultation.section_note',
      entityType: 'consultation',
      entityId: slug,
      summary: section.heading,
      before: { anchor, note: section.changeNote, cited: section.cited },
      after: { anchor, note, cited: commentIds },
    });
  });
}

/** Publishes the draft as the next version; from the second version on, with a change note. */
export async function publishDraft(db: Db, actor: Actor, slug: string, changeNote: string | null): Promise<number> {
  const c = await managed(db, actor, slug);
  const draft = draftVersion(c);
  if (!draft) throw new AppError(409, 'no_draft', 'consultations.error.noDraft');
  if (draft.sections.length === 0) throw new AppError(400, 'empty', 'consultations.error.text.empty');
  if (draft.number > 1 && !changeNote) throw new AppError(400, 'change_note', 'consultations.error.changeNote');
  await db.transaction().execute(async (trx) => {
    await repo.lockConsultation(trx, c.id);
    const done = await repo.publishVersion(trx, draft.id, changeNote, actorId(actor));
    if (Number(done.numUpdatedRows) === 0) throw new AppError(409, 'no_draft', 'consultations.error.noDraft');
    await repo.touch(trx, c.id);
    await recordAudit(trx, actor, {
      action: 'consultation.publish',
      entityType: 'consultation',
      entityId: slug,
      summary: c.title.de,
      after: { version: draft.number, changeNote },
    });
    await notifyChange(trx);
  });
  return draft.number;
}

export async function weighComment(
  db: Db,
  actor: Actor,
  slug: string,
  commentId: number,
  input: { outcome: WeighingOutcome; reason: string; answer: string },
): Promise<void> {
  const c = await managed(db, actor, slug);
  const comment = await repo.commentOfConsultation(db, c.id, commentId);
  if (!comment) throw notFound('comment');
  await db.transaction().execute(async (trx) => {
    const before = await repo.weighingOf(trx, commentId);
    await repo.upsertWeighing(trx, commentId, { ...input, userId: actorId(actor) });
    await repo.touch(trx, c.id);
    await recordAudit(trx, actor, {
      action: 'consultation.weigh',
      entityType: 'consultation',
      entityId: slug,
      summary: `${c.title.de}: #${commentId}`,
      before: before ? { comment: commentId, outcome: before.outcome, reason: before.reason, answer: before.answer } : null,
      after: { comment: commentId, ...input },
    });
    await notifyChange(trx);
  });
}

/** The decisions of the consultation's Vorhaben a version can be adopted by, with their council paper's page where known. */
export async function adoptableDecisions(db: Db, c: ConsultationView) {
  return (await repo.projectDecisions(db, c.project.slug))
    .filter((d) => d.reference)
    .map((d) => ({ reference: d.reference!, date: d.date, url: d.paper_web ?? d.council_web_url ?? null }));
}

/** Records that the council adopted a published version by a decision of the Vorhaben; closes the consultation. */
export async function adoptVersion(db: Db, actor: Actor, slug: string, input: { version: number; reference: string }): Promise<void> {
  const c = await managed(db, actor, slug);
  if (!c.versions.some((v) => v.number === input.version && v.publishedAt))
    throw new AppError(400, 'unknown_version', 'consultations.error.version');
  const decision = (await adoptableDecisions(db, c)).find((d) => d.reference === input.reference);
  if (!decision) throw new AppError(400, 'unknown_decision', 'consultations.error.decision');
  await db.transaction().execute(async (trx) => {
    await repo.setAdoption(trx, c.id, {
      version: input.version,
      reference: decision.reference,
      url: decision.url,
      projectSlug: c.project.slug,
    });
    await recordAudit(trx, actor, {
      action: 'consultation.adopt',
      entityType: 'consultation',
      entityId: slug,
      summary: c.title.de,
      before: c.adoption,
      after: { version: input.version, reference: decision.reference },
    });
    await notifyChange(trx);
  });
}

// ---- residents ----

/** A resident's agreement or disagreement with a section of the open consultation; `null` withdraws it. */
export async function vote(
  db: Db,
  resident: Resident,
  slug: string,
  anchor: string,
  stance: VoteStance | null,
  client: string,
): Promise<void> {
  const c = await publicConsultation(db, slug);
  const latest = latestPublished(c);
  const section = latest?.sections.find((s) => s.anchor === anchor);
  if (!section) throw notFound('section');
  if (phaseOf(c) !== 'open' || !c.project.published) throw new AppError(409, 'closed', 'consultations.error.closed');
  if (resident.blocked) throw forbidden();
  await checkResidentWrite(db, resident, client);
  if (stance === null) await repo.deleteVote(db, section.id, resident.id);
  else await repo.upsertVote(db, section.id, resident.id, stance);
}

export const voteOf = (db: Db, sectionId: number, residentId: number) => repo.residentVote(db, sectionId, residentId);
