// The backup archive: a gzipped tar file with a manifest and one JSON-lines file per table. Uploaded
// files (event documents, proofs of spending, partner logos) live in the database, so one snapshot of
// the database holds them too, consistent with the rows that name them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';

export const MANIFEST = 'lotse-backup.json';

export const manifestSchema = z.object({
  format: z.literal('lotse-backup'),
  version: z.literal(1),
  createdAt: z.iso.datetime({ offset: true }),
  /** The schema's migrations when the backup was made: a restore needs the same. */
  migrations: z.array(z.string()),
  tables: z.array(
    z.object({
      schema: z.string(),
      name: z.string(),
      file: z.string().regex(/^database\/[\w.-]+\.jsonl$/),
      rows: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  sequences: z.array(z.object({ schema: z.string(), name: z.string(), lastValue: z.number().int().nullable() })),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type TableEntry = Manifest['tables'][number];

export class BackupError extends Error {}

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Packs the folder (manifest and database/) into `file`, written under a temporary name first. */
export async function pack(folder: string, file: string): Promise<void> {
  const partial = `${file}.partial`;
  await tar.c({ gzip: true, file: partial, cwd: folder, portable: true }, [MANIFEST, 'database']);
  fs.renameSync(partial, file);
}

/** Unpacks `file` into the folder and returns its manifest after checking every table file's checksum. */
export async function unpack(file: string, folder: string): Promise<Manifest> {
  try {
    await tar.x({ file, cwd: folder, strict: true });
  } catch (err) {
    throw new BackupError(`${file} is not a Lotse backup (a .tar.gz archive): ${(err as Error).message}`);
  }
  const manifestFile = path.join(folder, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new BackupError(`${file} is not a Lotse backup: ${MANIFEST} is missing`);
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  if (!parsed.success) throw new BackupError(`${file}: ${MANIFEST} is not valid: ${parsed.error.issues[0]?.message}`);
  for (const table of parsed.data.tables) {
    const tableFile = path.join(folder, table.file);
    if (!fs.existsSync(tableFile) || (await sha256OfFile(tableFile)) !== table.sha256)
      throw new BackupError(`${file} is damaged: ${table.file} is missing or does not match its checksum`);
  }
  return parsed.data;
}
