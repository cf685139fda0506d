// Reading consultations: the public ones and those a staff member may manage, the counts and comments of
// their sections with the weighing, and the summary of the weighing. The changes are in
// consultations.service.ts.
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../platform/actor.js';
import {
  type CommentRow,
  type ConsultationView,
  type SectionCounts,
  toConsultationView,
  type WeighingOutcome,
} from './consultation.types.js';
import { mayManageConsultation, mayUseConsultations } from './consultations.policy.js';
import * as repo from './consultations.repository.js';

export async function publicConsultations(db: Db): Promise<ConsultationView[]> {
  return (await repo.listConsultations(db, { publicOnly: true })).map(toConsultationView);
}

export async function publicConsultation(db: Db, slug: string): Promise<ConsultationView> {
  const r = await repo.findConsultation(db, slug, { publicOnly: true });
  if (!r) throw notFound('consultation');
  return toConsultationView(r);
}

export async function staffConsultations(db: Db, actor: Actor): Promise<ConsultationView[]> {
  if (!mayUseConsultations(actor)) throw forbidden();
  return (await repo.listConsultations(db, { publicOnly: false }))
    .map(toConsultationView)
    .filter((c) => mayManageConsultation(actor, c.municipalities));
}

export async function staffConsultation(db: Db, actor: Actor, slug: string): Promise<ConsultationView> {
  const r = await repo.findConsultation(db, slug, { publicOnly: false });
  if (!r) throw notFound('consultation');
  const c = toConsultationView(r);
  if (!mayManageConsultation(actor, c.municipalities)) throw forbidden();
  return c;
}

export async function countsOf(db: Db, c: ConsultationView): Promise<Map<number, SectionCounts>> {
  return new Map((await repo.sectionCounts(db, c.id)).map((r) => [r.id, { comments: r.comments, agree: r.agree, disagree: r.disagree }]));
}

/** The comments on the consultation's sections with their weighing; `visibleOnly` leaves out hidden ones (the public and the exports). */
export async function commentsOf(db: Db, c: ConsultationView, visibleOnly: boolean): Promise<CommentRow[]> {
  const rows = await repo.consultationComments(db, c.id);
  return rows
    .filter((r) => !visibleOnly || r.hidden_at === null)
    .map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      depth: r.depth,
      body: r.body,
      quote: r.quote,
      createdAt: r.created_at,
      hidden: r.hidden_at !== null,
      sectionId: r.section_id,
      anchor: r.anchor,
      heading: r.heading,
      version: r.version,
      weighing:
        r.outcome && r.reason !== null && r.answer !== null && r.weighed_at
          ? { outcome: r.outcome, reason: r.reason, answer: r.answer, weighedAt: r.weighed_at }
          : null,
    }));
}

export interface WeighingSummary {
  comments: number;
  takenUp: number;
  partly: number;
  notTakenUp: number;
  open: number;
}

export function weighingSummary(comments: readonly CommentRow[]): WeighingSummary {
  const count = (o: WeighingOutcome) => comments.filter((c) => c.weighing?.outcome === o).length;
  return {
    comments: comments.length,
    takenUp: count('taken_up'),
    partly: count('partly'),
    notTakenUp: count('not_taken_up'),
    open: comments.filter((c) => !c.weighing).length,
  };
}

/** The public consultations of a Vorhaben, for its page. */
export async function consultationsOfProject(db: Db, projectSlug: string): Promise<ConsultationView[]> {
  return (await publicConsultations(db)).filter((c) => c.project.slug === projectSlug);
}
