// `lotse export vorhabenliste`: the register in the import format, to standard output or a file.
import fs from 'node:fs';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { writeCsv, presentProject, allProjects } from '../modules/projects/index.js';

export async function exportCommand(
  config: Config,
  opts: { format: 'csv' | 'json'; output?: string; includeDrafts?: boolean },
): Promise<number> {
  const database = await openDatabase(config, (msg) => console.error(msg));
  try {
    const projects = await allProjects(database.db, { includeDrafts: !!opts.includeDrafts });
    const text =
      opts.format === 'json'
        ? `${JSON.stringify({ items: projects.map((p) => presentProject(p, config.publicUrl, 'de')), next: null }, null, 2)}\n`
        : writeCsv(projects);
    if (opts.output) fs.writeFileSync(opts.output, text);
    else await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    return 0;
  } finally {
    await database.close();
  }
}
