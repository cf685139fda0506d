// Introductions: staff put a partner in touch with another partner, the author of an idea or the team of
// a Vorhaben (its municipality's coordinators) with one click; both sides get an e-mail with the other's
// way of contact, the introduction is logged, and what came of it is recorded later. Partners agreed to
// their contact address being passed on; an idea's author did not, so the author gets the partner's
// page (with its contact form) and the partner the idea's page, never the author's address.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import { type Locale, localeOr } from '../../lib/localized.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './introductions.repository.js';
import type { MatchKind } from './matchmaking.service.js';
import { mayManageNetwork } from './network.policy.js';

export const introductionBody = z.object({
  partner: z.string().trim().min(1).max(200),
  kind: z.enum(['partner', 'idea', 'project']),
  key: z.string().trim().min(1).max(200),
  note: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => v || null),
});

interface Party {
  label: string;
  /** Who is mailed, each in their own language. */
  recipients: { email: string; locale: Locale }[];
  /** What the other side gets to reach this one, in that side's language. */
  contact: (locale: Locale) => string;
  column: { other_partner_id: number } | { idea_id: number } | { project_id: number };
}

async function partyOf(db: Db, kind: MatchKind, key: string, baseUrl: string): Promise<Party> {
  if (kind === 'partner') {
    const p = await repo.listedPartyPartner(db, key);
    if (!p) throw notFound('partner');
    return {
      label: p.name,
      recipients: [{ email: p.contact_email, locale: localeOr(p.locale) }],
      contact: () => p.contact_email,
      column: { other_partner_id: p.id },
    };
  }
  if (kind === 'idea') {
    const idea = /^\d{1,9}$/.test(key) ? await repo.visibleIdeaWithAuthor(db, Number(key)) : undefined;
    if (!idea) throw notFound('idea');
    if (!idea.email) throw new AppError(409, 'unreachable', 'network.error.unreachable');
    return {
      label: idea.title,
      recipients: [{ email: idea.email, locale: localeOr(idea.locale) }],
      contact: (locale) => `${baseUrl}/${locale}/beteiligung/${idea.process}/ideen/${idea.id}`,
      column: { idea_id: idea.id },
    };
  }
  const project = await repo.publishedProject(db, key);
  if (!project) throw notFound('project');
  const coordinators = await repo.coordinatorEmailsOfProject(db, project.id);
  if (coordinators.length === 0) throw new AppError(409, 'unreachable', 'network.error.unreachable');
  return {
    label: (project.title as { de: string }).de,
    recipients: coordinators.map((c) => ({ email: c.email, locale: localeOr(c.locale) })),
    contact: () => coordinators.map((c) => c.email).join(', '),
    column: { project_id: project.id },
  };
}

export async function introduce(db: Db, actor: Actor, input: z.infer<typeof introductionBody>, baseUrl: string): Promise<number> {
  if (!mayManageNetwork(actor)) throw forbidden();
  const partner = await repo.listedIntroducedPartner(db, input.partner);
  if (!partner) throw notFound('partner');
  if (input.kind === 'partner' && input.key === partner.slug) throw new AppError(400, 'same_party', 'network.error.sameParty');
  const other = await partyOf(db, input.kind, input.key, baseUrl);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertIntroduction(trx, {
      partner_id: partner.id,
      ...other.column,
      note: input.note,
      created_by: actor.kind === 'staff' ? actor.id : null,
    });
    const mail = (to: { email: string; locale: Locale }, name: string, otherName: string, contact: string) =>
      enqueue(trx, 'send_mail', {
        to: to.email,
        subject: t(to.locale, 'network.mail.intro.subject', { name: otherName }),
        text: t(to.locale, 'network.mail.intro.text', { name, other: otherName, contact, note: input.note ?? '' }),
      });
    const partnerLocale = localeOr(partner.locale);
    await mail({ email: partner.contact_email, locale: partnerLocale }, partner.name, other.label, other.contact(partnerLocale));
    const partnerContact = (locale: Locale) =>
      input.kind === 'idea' ? `${baseUrl}/${locale}/netzwerk/${partner.slug}` : partner.contact_email;
    for (const to of other.recipients) await mail(to, other.label, partner.name, partnerContact(to.locale));
    // The log names both parties, not their addresses.
    await recordAudit(trx, actor, {
      action: 'introduction.create',
      entityType: 'introduction',
      entityId: id,
      summary: `${partner.name} ↔ ${other.label}`,
      after: { partner: partner.slug, kind: input.kind, key: input.key, note: input.note },
    });
    return id;
  });
}

export async function setIntroductionOutcome(db: Db, actor: Actor, id: number, outcome: string): Promise<void> {
  if (!mayManageNetwork(actor)) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const before = await repo.introductionForUpdate(trx, id);
    if (!before) throw notFound('introduction');
    await repo.setOutcome(trx, id, outcome);
    await recordAudit(trx, actor, {
      action: 'introduction.outcome',
      entityType: 'introduction',
      entityId: id,
      summary: outcome,
      before: { outcome: before.outcome },
      after: { outcome },
    });
  });
}

/** An introduction in the agency's overview: who was put in touch with whom, by whom, and what came of it. */
export interface IntroductionView {
  id: number;
  partner: string;
  /** The other party: a partner, an idea or a Vorhaben (its German title). */
  other: string;
  note: string | null;
  outcome: string | null;
  /** The staff member's address; null for the command line or a deleted account. */
  by: string | null;
  createdAt: Date;
}

export async function introductions(db: Db, actor: Actor): Promise<IntroductionView[]> {
  if (!mayManageNetwork(actor)) throw forbidden();
  return (await repo.latestIntroductions(db)).map((i) => ({
    id: i.id,
    partner: i.partner,
    other: i.other_partner ?? i.idea ?? (i.project ? i.project.de : ''),
    note: i.note,
    outcome: i.outcome,
    by: i.by,
    createdAt: i.created_at,
  }));
}
