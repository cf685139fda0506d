// `lotse backup FILE` and `lotse restore FILE [--force]`: the whole installation (database, and with it the
// uploaded files and the queued jobs) in one archive, made from a running installation; restored into an
// empty one, or with --force over one in use. docs/OPERATIONS.md says when to use PostgreSQL's own tools.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { BackupError, pack, unpack } from '../db/backup/archive.js';
import { dumpDatabase } from '../db/backup/dump.js';
import { isEmptyInstallation, restoreDatabase } from '../db/backup/restore.js';
import { notifyChange } from '../db/change-notifier.js';
import { openDatabase } from '../db/open.js';

const archiveName = z
  .string()
  .trim()
  .min(1, 'the archive file is missing')
  .regex(/\.(tar\.gz|tgz)$/, 'must end in .tar.gz or .tgz, e.g. lotse-2026-12-09.tar.gz');

const backupArgs = z.object({
  file: archiveName.refine((f) => !fs.existsSync(f), 'exists already: a backup never overwrites a file; choose another name'),
});

const restoreArgs = z.object({
  file: archiveName.refine((f) => fs.existsSync(f), 'does not exist'),
  force: z.boolean().default(false),
});

function invalid(error: z.ZodError): number {
  for (const issue of error.issues) console.error(`${issue.path.join('.') || 'argument'}: ${issue.message}`);
  return 2;
}

const temporaryFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-backup-'));

export async function backupCommand(config: Config, file: string): Promise<number> {
  const args = backupArgs.safeParse({ file });
  if (!args.success) return invalid(args.error);
  const target = path.resolve(args.data.file);
  const folder = temporaryFolder();
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const manifest = await dumpDatabase(database.url, folder, (msg) => console.log(msg));
    await pack(folder, target);
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Backup written to ${target}: ${rows} rows in ${manifest.tables.length} tables, as of ${manifest.createdAt}.`);
    return 0;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    await database.close();
  }
}

export async function restoreCommand(config: Config, file: string, opts: { force?: boolean }): Promise<number> {
  const args = restoreArgs.safeParse({ file, force: opts.force ?? false });
  if (!args.success) return invalid(args.error);
  const folder = temporaryFolder();
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const manifest = await unpack(path.resolve(args.data.file), folder);
    if (!args.data.force && !(await isEmptyInstallation(database.url))) {
      console.error(
        'This installation is in use (it has Vorhaben, accounts or an audit log): nothing was changed. ' +
          'To replace all its data with the backup, add --force.',
      );
      return 1;
    }
    await restoreDatabase(database.url, folder, manifest, (msg) => console.log(msg));
    // Running processes drop their cached pages and search index: the data under them changed.
    await notifyChange(database.db, 'restore');
    console.log(`Restored the backup of ${manifest.createdAt} from ${args.data.file}.`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      console.error(`${err.message}. Nothing was changed.`);
      return 1;
    }
    throw err;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    await database.close();
  }
}
