// A real SMTP server for tests (smtp-server) that keeps every message it receives, parsed (mailparser).
import { runDueJobs } from '../../src/worker.js';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Mailbox {
  url: string;
  messages: ParsedMail[];
  /** The messages to one address, oldest first. */
  to(address: string): ParsedMail[];
  /**
   * Holds back the answer to every message from now on until `release()`: each sender waits in the middle
   * of sending (a mail job stays running). `arrived` resolves when the first held message is in.
   */
  hold(): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

export async function startMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const pending = new Set<Promise<unknown>>();
  let gate: { arrived: () => void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const held = gate;
      const parsing = simpleParser(stream).then(async (mail) => {
        if (held) {
          held.arrived();
          await held.released;
        }
        messages.push(mail);
        callback();
      }, callback);
      pending.add(parsing);
      void parsing.finally(() => pending.delete(parsing));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase())),
    hold: () => {
      let arrived!: () => void;
      let release!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      gate = { arrived, released };
      return {
        arrived: arrival,
        release: () => {
          gate = null;
          release();
        },
      };
    },
    close: async () => {
      await Promise.all(pending);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs the due background jobs, so that queued mail reaches the mailbox (links point at `publicUrl`). */
export function deliverMail(mailbox: Mailbox, databaseUrl: string, publicUrl = 'http://lotse.test'): Promise<void> {
  return runDueJobs({ smtpUrl: mailbox.url, mailFrom: 'Lotse <lotse@test.example>', publicUrl }, databaseUrl);
}
