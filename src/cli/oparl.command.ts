// `lotse oparl sync MUNICIPALITY [--url SYSTEM_URL] [--full]`: syncs a municipality's council information
// system now, with a progress bar on a terminal and a summary in the terminal's language. `--url` stores
// the system's address first. Ctrl-C stops after the page being stored; the next call goes on from there.
import { Presets, SingleBar } from 'cli-progress';
import { z } from 'zod';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { localeFromEnv, t } from '../i18n/index.js';
import { AppError } from '../lib/errors.js';
import type { Locale } from '../lib/localized.js';
import { isHttpUrl, setSystemUrl, type SyncSummary, syncMunicipality } from '../modules/council/index.js';
import { cliActor } from '../platform/actor.js';

const args = z.object({
  municipality: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/),
  url: z.string().trim().max(500).refine(isHttpUrl).optional(),
  full: z.boolean().default(false),
});

const UNMATCHED_SHOWN = 50;

// A council's server names the addresses shown, and a terminal obeys escape sequences in what it prints
// (colours, moving the cursor, rewriting the title): control and bidirectional formatting characters are
// dropped from every text that did not come from Lotse itself.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const printable = (text: string) => text.replace(CONTROL, '');

export function formatSyncSummary(summary: SyncSummary, locale: Locale): { text: string; failed: boolean } {
  const lines: string[] = [];
  if (summary.resumed) lines.push(t(locale, 'council.cli.resumed'));
  if (summary.status === 'failed')
    lines.push(t(locale, 'council.cli.failed', { reason: t(locale, summary.error as 'council.problem.unexpected') }));
  if (summary.status === 'interrupted') lines.push(t(locale, 'council.cli.interrupted'));
  lines.push(
    t(locale, summary.mode === 'full' ? 'council.cli.summaryFull' : 'council.cli.summaryIncremental', {
      read: summary.read,
      created: summary.created,
      changed: summary.changed,
      deleted: summary.deleted,
      faults: summary.faultCount,
    }),
  );
  for (const fault of summary.faults) {
    const example = fault.examples[0];
    lines.push(
      `  ${t(locale, 'council.cli.fault', { kind: t(locale, `council.fault.${fault.kind}`), count: fault.count, url: printable(example?.url ?? '') })}`,
    );
  }
  if (summary.matched !== null) {
    lines.push(t(locale, 'council.cli.decisions', { matched: summary.matched, unmatched: summary.unmatched.length }));
    for (const d of summary.unmatched.slice(0, UNMATCHED_SHOWN)) lines.push(`  - ${printable(d.projectTitle.de)}: ${printable(d.text)}`);
    if (summary.unmatched.length > UNMATCHED_SHOWN) lines.push(`  … ${summary.unmatched.length - UNMATCHED_SHOWN}`);
  }
  return { text: lines.join('\n'), failed: summary.status !== 'succeeded' };
}

export async function oparlSyncCommand(config: Config, municipality: string, opts: { url?: string; full?: boolean }): Promise<number> {
  const locale = localeFromEnv();
  const parsed = args.safeParse({ municipality, url: opts.url, full: opts.full ?? false });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'municipality');
    console.error(
      t(locale, field === 'url' ? 'council.cli.badUrl' : 'council.cli.badMunicipality', {
        value: field === 'url' ? (opts.url ?? '') : municipality,
      }),
    );
    return 1;
  }
  const database = await openDatabase(config, (msg) => console.error(msg));
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, clearOnComplete: true }, Presets.shades_classic) : null;
  try {
    if (parsed.data.url) {
      await setSystemUrl(database.db, cliActor, parsed.data.municipality, parsed.data.url);
      console.log(t(locale, 'council.cli.urlStored', { url: parsed.data.url }));
    }
    bar?.start(1, 0);
    const summary = await syncMunicipality(database.db, parsed.data.municipality, {
      full: parsed.data.full,
      client: config.oparl,
      signal: controller.signal,
      onProgress: (p) => {
        bar?.setTotal(Math.max(p.pagesKnown, p.pagesRead, 1));
        bar?.update(p.pagesRead);
      },
    });
    bar?.stop();
    const { text, failed } = formatSyncSummary(summary, locale);
    (failed ? console.error : console.log)(text);
    return failed ? 1 : 0;
  } catch (err) {
    bar?.stop();
    if (err instanceof AppError) {
      console.error(
        err.code === 'not_found'
          ? t(locale, 'council.cli.unknownMunicipality', { value: parsed.data.municipality })
          : t(locale, err.messageKey, err.params),
      );
      return 1;
    }
    throw err;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await database.close();
  }
}
