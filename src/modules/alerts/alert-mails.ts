// The mails of alerts: the confirmation link (double opt-in), and the alert itself — new and changed
// Vorhaben with their public change notes — each with the one-click unsubscribe link and the list
// headers of RFC 2369 and RFC 8058.
import type { AlertMode } from '../../db/schema.js';
import { t } from '../../i18n/index.js';
import { isLocale, type Locale, pick } from '../../lib/localized.js';
import { unsubscribeToken } from './alert-tokens.js';
import type { PendingAlertRow } from './alerts.repository.js';
import { type AlertFilters, registerQuery } from './alerts.schemas.js';

const localeOf = (l: string): Locale => (isLocale(l) ? l : 'de');

export function alertConfirmUrl(baseUrl: string, locale: Locale, token: string): string {
  return `${baseUrl}/${locale}/benachrichtigen/bestaetigen?token=${encodeURIComponent(token)}`;
}

export function alertUnsubscribeUrl(baseUrl: string, locale: Locale, token: string): string {
  return `${baseUrl}/${locale}/benachrichtigen/abbestellen?token=${encodeURIComponent(token)}`;
}

export function confirmMail(req: {
  email: string;
  locale: string;
  filters: AlertFilters;
  mode: AlertMode;
  baseUrl: string;
  token: string;
}) {
  const l = localeOf(req.locale);
  return {
    to: req.email,
    subject: t(l, 'alerts.mail.confirm.subject'),
    text: t(l, 'alerts.mail.confirm.text', {
      register: `${req.baseUrl}/${l}/vorhaben${registerQuery(req.filters)}`,
      mode: t(l, `alerts.mode.${req.mode}`),
      link: alertConfirmUrl(req.baseUrl, l, req.token),
    }),
  };
}

const shorten = (s: string, max = 400) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** One mail for one subscription: its new Vorhaben first, then the changed ones with their notes. */
export function composeAlertMail(rows: PendingAlertRow[], mode: AlertMode, baseUrl: string, secret: Buffer) {
  const first = rows[0]!;
  const l = localeOf(first.locale);
  const lines = [t(l, `alerts.mail.${mode}.intro`), `${baseUrl}/${l}/vorhaben${registerQuery(first.filters)}`, ''];
  for (const r of rows) {
    const title = pick(r.project_title, l)?.text ?? r.project_slug;
    lines.push(`${t(l, r.is_new ? 'alerts.mail.new' : 'alerts.mail.changed')}: ${title}`);
    const note = pick(r.note, l)?.text;
    if (note) lines.push(`  ${shorten(note.replace(/\s+/g, ' '))}`);
    lines.push(`  ${baseUrl}/${l}/vorhaben/${r.project_slug}`, '');
  }
  const unsubscribe = alertUnsubscribeUrl(baseUrl, l, unsubscribeToken(secret, first.subscription_id, first.salt));
  lines.push('-- ', t(l, 'alerts.mail.footer', { mode: t(l, `alerts.mode.${mode}`), unsubscribe }));
  return {
    to: first.email,
    subject: t(l, 'alerts.mail.subject', { count: rows.length }),
    text: lines.join('\n'),
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' as const },
  };
}
