// The legal pages' use cases: the installation's details (defaults for what nobody entered yet), saving
// them (admins, audited), and the accessibility feedback form, which is mailed and not stored.
import type { Db } from '../../db/database.js';
import { t } from '../../i18n/index.js';
import { enqueue } from '../../jobs/queue.js';
import { AppError } from '../../lib/errors.js';
import type { Locale } from '../../lib/localized.js';
import { hashToken } from '../../lib/token-hash.js';
import type { Actor } from '../../platform/actor.js';
import * as counters from '../../platform/rate-limit.repository.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './legal.repository.js';
import { defaultLegalSettings, type FeedbackInput, type LegalSettings, legalSettingsSchema } from './legal.schemas.js';
import { mayEditLegal } from './legal.policy.js';

/** Feedback reports per client and per address in 15 minutes. */
export const FEEDBACK_LIMITS = { perClient: 5, perAddress: 3 } as const;

export async function legalSettings(db: Db): Promise<LegalSettings> {
  const stored = legalSettingsSchema.safeParse(await repo.readSettings(db));
  return stored.success ? stored.data : defaultLegalSettings();
}

export async function saveLegalSettings(db: Db, actor: Actor, settings: LegalSettings): Promise<void> {
  if (!mayEditLegal(actor)) throw new AppError(403, 'forbidden', 'error.forbidden');
  await db.transaction().execute(async (trx) => {
    const before = await legalSettings(trx);
    await repo.writeSettings(trx, settings);
    await recordAudit(trx, actor, {
      action: 'update',
      entityType: 'legal_settings',
      entityId: 'installation',
      summary: 'Impressum, Datenschutz und Barrierefreiheit geändert',
      before,
      after: settings,
    });
  });
}

/**
 * Mails a reported barrier to the installation's contact address and an acknowledgement to the sender,
 * in one transaction (both or neither). Nothing else is kept: the mails' jobs leave the queue when sent.
 */
export async function sendAccessibilityFeedback(
  db: Db,
  input: FeedbackInput,
  { client, locale, siteUrl }: { client: string; locale: Locale; siteUrl: string },
): Promise<'sent' | 'limited' | 'unavailable'> {
  const settings = await legalSettings(db);
  if (!settings.email) return 'unavailable';
  const [byClient, byAddress] = await Promise.all([
    counters.recordFailure(db, `a11y-feedback-client:${hashToken(client)}`, 15),
    counters.recordFailure(db, `a11y-feedback-address:${hashToken(input.email.toLowerCase())}`, 15),
  ]);
  if (byClient > FEEDBACK_LIMITS.perClient || byAddress > FEEDBACK_LIMITS.perAddress) return 'limited';
  const unnamed = t('de', 'legal.unnamed');
  await db.transaction().execute(async (trx) => {
    await enqueue(trx, 'send_mail', {
      to: settings.email,
      subject: t('de', 'legal.mail.feedback.subject'),
      text: t('de', 'legal.mail.feedback.text', {
        name: input.name || unnamed,
        email: input.email,
        page: input.page || unnamed,
        message: input.message,
      }),
    });
    await enqueue(trx, 'send_mail', {
      to: input.email,
      subject: t(locale, 'legal.mail.ack.subject'),
      text: t(locale, 'legal.mail.ack.text', { site: siteUrl, body: settings.responsibleBody || siteUrl, message: input.message }),
    });
  });
  return 'sent';
}
