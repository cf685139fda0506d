// Sends e-mail over SMTP with nodemailer. Without LOTSE_SMTP_URL (development) every mail is printed
// to the console instead, so that links in it (e.g. a password reset) can be followed locally; in
// production without a mail server only the recipient is logged, never the content.
import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string> | undefined;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom'> & { env?: Config['env'] },
  print: (text: string) => void = console.log,
): Mailer {
  if (!config.smtpUrl && config.env === 'production') {
    // Links in mails (password resets) must not end up in production logs: name the recipient only.
    return {
      send: async (mail) => print(`e-mail to ${mail.to} not sent: LOTSE_SMTP_URL is not set`),
      close: () => {},
    };
  }
  if (!config.smtpUrl) {
    return {
      send: async (mail) =>
        print(`--- e-mail (not sent: LOTSE_SMTP_URL is not set) ---\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n---`),
      close: () => {},
    };
  }
  const smtpUrl = config.smtpUrl;
  // nodemailer loads with the first mail: most processes (extra web processes, the CLI) send none.
  let transport: Transporter | undefined;
  return {
    send: async (mail) => {
      transport ??= (await import('nodemailer')).default.createTransport(smtpUrl);
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    },
    close: () => transport?.close(),
  };
}
