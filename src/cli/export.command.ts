// `lotse export vorhabenliste`: the register in the import format, to standard output or a file.
import fs from 'node:fs';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { allProjects, csvPieces, presentProjects, projectPages } from '../modules/projects/index.js';

export async function exportCommand(
  config: Config,
  opts: { format: 'csv' | 'json'; output?: string; includeDrafts?: boolean },
): Promise<number> {
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const includeDrafts = !!opts.includeDrafts;
    const out = opts.output ? fs.createWriteStream(opts.output) : process.stdout;
    if (opts.format === 'json') {
      const projects = await allProjects(database.db, { includeDrafts });
      const items = await presentProjects(database.db, projects, config.publicUrl, 'de');
      const text = `${JSON.stringify({ items, next: null }, null, 2)}\n`;
      await pipeline(Readable.from([text]), out, { end: out !== process.stdout });
    } else {
      // CSV a page of Vorhaben at a time: memory does not grow with the register.
      await pipeline(Readable.from(csvPieces(projectPages(database.db, { includeDrafts }))), out, { end: out !== process.stdout });
    }
    return 0;
  } finally {
    await database.close();
  }
}
