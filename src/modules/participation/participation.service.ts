// Residents' participation on a Vorhaben. Notices and participation requests count once their author
// confirms the e-mail address; notices become public only when staff release them with their weighing
// (Abwägung), never with a name or address. A request with a signature collection counts confirmed
// signatures (one per address) against the municipality's quorum; reaching it is recorded exactly once,
// under a lock on the request, and the municipality's staff are told by e-mail. Staff's side is in
// participation.backoffice.service.ts.
import crypto from 'node:crypto';
import type { z } from 'zod';
import { notifyChange } from '../../db/change-notifier.js';
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError, notFound } from '../../lib/errors.js';
import { type Locale, localeOr } from '../../lib/localized.js';
import { hashToken } from '../../lib/token-hash.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { recordAudit } from '../audit/index.js';
import { councilAgendaItem } from '../council/index.js';
import { publicProject } from '../projects/index.js';
import * as repo from './participation.repository.js';
import { resolveTextLanguage } from '../../lib/text-language.js';
import type { noticeBody, requestBody, signatureBody } from './participation.schemas.js';
import {
  type NoticeView,
  type PublicRequestView,
  type RequestPageView,
  toNoticeView,
  toPublicRequestView,
  toRequestPageView,
} from './participation.view-model.js';

const token = () => crypto.randomBytes(24).toString('base64url');
const confirmLink = (baseUrl: string, locale: Locale, kind: 'hinweis' | 'anregung' | 'unterschrift', raw: string) =>
  `${baseUrl}/${locale}/beteiligung/bestaetigen?art=${kind}&token=${raw}`;

/** Limits writes per client and per address (20 and 5 per 15 minutes); true when over the limit. */
async function limited(db: Db, client: string, email: string): Promise<boolean> {
  const [byClient, byAddress] = await Promise.all([
    counters.recordFailure(db, `participation-client:${client}`, 15),
    counters.recordFailure(db, `participation-address:${hashToken(email.toLowerCase())}`, 15),
  ]);
  return byClient > 20 || byAddress > 5;
}

export async function submitNotice(
  db: Db,
  slug: string,
  input: z.infer<typeof noticeBody>,
  client: string,
  locale: Locale,
  baseUrl: string,
): Promise<'sent' | 'limited'> {
  const project = await publicProject(db, slug);
  if (project.publicationState !== 'published') throw new AppError(409, 'archived', 'participation.error.archived');
  if (await limited(db, client, input.email)) return 'limited';
  const raw = token();
  await db.transaction().execute(async (trx) => {
    await repo.insertNotice(trx, {
      projectId: project.id,
      body: input.body,
      name: input.name,
      email: input.email,
      locale,
      textLanguage: resolveTextLanguage(input.sprache, input.body, locale),
      tokenHash: hashToken(raw),
    });
    await enqueue(trx, 'send_mail', {
      to: input.email,
      subject: t(locale, 'participation.mail.notice.subject'),
      text: t(locale, 'participation.mail.notice.text', { title: project.title.de, link: confirmLink(baseUrl, locale, 'hinweis', raw) }),
    });
  });
  return 'sent';
}

/** The signatures a collection on the Vorhaben needs: its municipality's quorum (the smallest, for a joint one), or null. */
export async function requestQuorum(db: Db, projectId: number): Promise<number | null> {
  return repo.quorumOf(db, projectId);
}

export async function startRequest(
  db: Db,
  slug: string,
  input: z.infer<typeof requestBody>,
  client: string,
  locale: Locale,
  baseUrl: string,
): Promise<'sent' | 'limited'> {
  const project = await publicProject(db, slug);
  if (project.publicationState !== 'published') throw new AppError(409, 'archived', 'participation.error.archived');
  if (await limited(db, client, input.email)) return 'limited';
  const quorum = await repo.quorumOf(db, project.id);
  if (input.kind === 'signatures' && !quorum) throw new AppError(409, 'no_quorum', 'participation.error.noQuorum');
  const raw = token();
  await db.transaction().execute(async (trx) => {
    await repo.insertRequest(trx, {
      projectId: project.id,
      kind: input.kind,
      title: input.title,
      reasoning: input.reasoning,
      name: input.name,
      email: input.email,
      locale,
      textLanguage: resolveTextLanguage(input.sprache, `${input.title}\n${input.reasoning}`, locale),
      tokenHash: hashToken(raw),
      quorum: input.kind === 'signatures' ? quorum : null,
    });
    await enqueue(trx, 'send_mail', {
      to: input.email,
      subject: t(locale, 'participation.mail.request.subject'),
      text: t(locale, 'participation.mail.request.text', { title: input.title, link: confirmLink(baseUrl, locale, 'anregung', raw) }),
    });
  });
  return 'sent';
}

async function requestForSigning(db: Db, id: number) {
  const r = await repo.findRequest(db, id);
  if (!r || r.status === 'unconfirmed' || r.status === 'hidden') throw notFound('request');
  return r;
}

/** A request's public page: confirmed and not hidden. */
export async function publicRequest(db: Db, id: number): Promise<RequestPageView> {
  const r = await requestForSigning(db, id);
  const agendaItem = r.agenda_item_id === null ? null : await councilAgendaItem(db, r.agenda_item_id);
  return toRequestPageView(r, agendaItem);
}

export async function sign(
  db: Db,
  requestId: number,
  input: z.infer<typeof signatureBody>,
  client: string,
  locale: Locale,
  baseUrl: string,
): Promise<'sent' | 'limited'> {
  const request = await requestForSigning(db, requestId);
  if (request.kind !== 'signatures' || !['received', 'quorum_reached'].includes(request.status))
    throw new AppError(409, 'not_collecting', 'participation.error.notCollecting');
  if (await limited(db, client, input.email)) return 'limited';
  // The same answer, after the same work (a transaction that queues one mail), for an address that
  // signed already: neither the page nor its timing tells a stranger who signed. The mail says so.
  const signed = await repo.hasConfirmedSignature(db, requestId, input.email);
  const raw = token();
  await db.transaction().execute(async (trx) => {
    if (!signed)
      await repo.insertSignature(trx, {
        requestId,
        name: input.name,
        residence: input.residence,
        email: input.email,
        locale,
        tokenHash: hashToken(raw),
      });
    await enqueue(trx, 'send_mail', {
      to: input.email,
      subject: t(locale, 'participation.mail.signature.subject'),
      text: signed
        ? t(locale, 'participation.mail.signature.already', { title: request.title })
        : t(locale, 'participation.mail.signature.text', { title: request.title, link: confirmLink(baseUrl, locale, 'unterschrift', raw) }),
    });
  });
  return 'sent';
}

export type ConfirmKind = 'hinweis' | 'anregung' | 'unterschrift';
export type ConfirmResult = { ok: true; projectSlug: string; requestId?: number } | { ok: false };

export async function confirm(db: Db, kind: ConfirmKind, rawToken: string, baseUrl: string): Promise<ConfirmResult> {
  if (!rawToken) return { ok: false };
  const hash = hashToken(rawToken);
  if (kind === 'hinweis') {
    const n = await repo.confirmNotice(db, hash);
    return n ? { ok: true, projectSlug: await repo.projectSlug(db, n.project_id) } : { ok: false };
  }
  if (kind === 'anregung') {
    const r = await db.transaction().execute(async (trx) => {
      const confirmed = await repo.confirmRequest(trx, hash);
      if (confirmed) await notifyChange(trx);
      return confirmed;
    });
    return r ? { ok: true, projectSlug: await repo.projectSlug(db, r.project_id), requestId: r.id } : { ok: false };
  }
  return confirmSignature(db, hash, baseUrl);
}

/** Counts a signature. The lock on the request makes the quorum transition happen exactly once. */
async function confirmSignature(db: Db, hash: string, baseUrl: string): Promise<ConfirmResult> {
  return db.transaction().execute(async (trx) => {
    const signature = await repo.signatureByToken(trx, hash);
    if (!signature) return { ok: false } as const;
    const request = await repo.lockRequest(trx, signature.request_id);
    if (!request || !['received', 'quorum_reached'].includes(request.status)) return { ok: false } as const;
    const projectSlug = await repo.projectSlug(trx, request.project_id);
    // A second confirmed signature from the same address is not counted (and the index forbids it).
    if (await repo.hasConfirmedSignature(trx, request.id, signature.email))
      return { ok: true, projectSlug, requestId: request.id } as const;
    await repo.markSignatureConfirmed(trx, signature.id);
    const count = await repo.countSignature(trx, request.id);
    if (request.status === 'received' && request.quorum !== null && count >= request.quorum) {
      await repo.setRequestStatus(trx, request.id, 'quorum_reached');
      await informStaff(trx, request.project_id, request.id, request.title, baseUrl);
      await recordAudit(
        trx,
        { kind: 'system', label: 'signatures' },
        {
          action: 'request.quorum',
          entityType: 'participation_request',
          entityId: request.id,
          summary: `${request.title}: ${count}/${request.quorum}`,
        },
      );
    }
    await notifyChange(trx);
    return { ok: true, projectSlug, requestId: request.id } as const;
  });
}

/** Mails the coordinators of the Vorhaben's municipalities (else the agency) that a quorum is reached. */
async function informStaff(trx: Db, projectId: number, requestId: number, title: string, baseUrl: string): Promise<void> {
  const staff = await repo.quorumRecipients(trx, projectId);
  for (const s of staff) {
    const locale = localeOr(s.locale);
    await enqueue(trx, 'send_mail', {
      to: s.email,
      subject: t(locale, 'participation.mail.quorum.subject', { title }),
      text: t(locale, 'participation.mail.quorum.text', {
        title,
        link: `${baseUrl}/${locale}/verwaltung/beteiligung/anregungen/${requestId}`,
      }),
    });
  }
}

/** The released notices and the public requests of a Vorhaben, for its page. */
export async function publicParticipation(db: Db, projectId: number): Promise<{ notices: NoticeView[]; requests: PublicRequestView[] }> {
  const [notices, requests] = await Promise.all([repo.releasedNotices(db, projectId), repo.publicRequests(db, projectId)]);
  return { notices: notices.map(toNoticeView), requests: requests.map(toPublicRequestView) };
}
/**
 * How long participation keeps personal data. Signatures follow their municipality's setting (a
 * collection's rules are local); everything else is the same everywhere, so it is fixed here.
 */
export const PARTICIPATION_RETENTION = {
  /** Authors' name and address after the notice or request is closed: time for questions about the outcome. */
  authorMonthsAfterClosing: 6,
  /** A notice or request, or a signature collection, that is never closed keeps personal data this long at most. */
  openYears: 2,
  /** An address nobody confirmed is not kept beyond a week. */
  unconfirmedDays: 7,
} as const;

/** The daily purge of participation's personal data; returns the number of signatures deleted. */
export async function purgeParticipation(db: Db): Promise<number> {
  const { authorMonthsAfterClosing, openYears, unconfirmedDays } = PARTICIPATION_RETENTION;
  const signatures = await repo.purgeSignatures(db, unconfirmedDays, openYears);
  await repo.anonymiseUnconfirmedAuthors(db, unconfirmedDays);
  await repo.anonymiseClosedAuthors(db, authorMonthsAfterClosing, openYears);
  return signatures;
}
