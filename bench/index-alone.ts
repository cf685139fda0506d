// The register index alone, without server, database or page: the generated Vorhaben put into a
// RegisterIndex, then the benchmark's different searches (bench/varied.ts) asked of it, the CPU time of
// each measured.
// `LOTSE_INDEX_FROM=/other/checkout` loads another version of the index from that checkout's src/ (two
// versions timed alternately in the same conditions), and `--compare` checks both give the same answers.
//
//   node --import tsx bench/index-alone.ts                       # 10,000 Vorhaben
//   BENCH_ROWS=100000 node --import tsx bench/index-alone.ts
//   LOTSE_INDEX_FROM=/work/main BENCH_ROWS=100000 node --import tsx bench/index-alone.ts --compare
//   BENCH_API=1 …                                                # the API list's searches: by id, no counts
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IndexDoc, RegisterIndex } from '../src/modules/projects/search/register-index.js';
import type { ProjectFilters } from '../src/modules/projects/project.types.js';
import { generateRows, slug } from './generate.js';
import { variedQueries, vocabulary } from './varied.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const SEED = Number(process.env.BENCH_SEED ?? 960459319);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const compare = process.argv.includes('--compare');
const API = process.env.BENCH_API === '1';

type IndexClass = new () => RegisterIndex;
const load = async (root: string): Promise<IndexClass> =>
  ((await import(pathToFileURL(path.join(root, 'src/modules/projects/search/register-index.ts')).href)) as { RegisterIndex: IndexClass })
    .RegisterIndex;

const STATUS: Record<string, string> = {
  Planung: 'planned',
  'In Umsetzung': 'in_progress',
  'In Betrieb': 'in_operation',
  abgeschlossen: 'completed',
  Konzeptphase: 'planned',
  'Ausschreibung läuft': 'unspecified',
};

function docsOf(rows: number): IndexDoc[] {
  return generateRows(rows).map((row, i) => {
    const participation = String(row['Einwohner*innenbeteiligung']);
    const texts: IndexDoc['texts'] = [
      { text: String(row.Titel), lang: 'de', weight: 3 },
      { text: String(row['Inhaltliche Beschreibung']), lang: 'de', weight: 2 },
      { text: String(row.Bearbeitungsstand), lang: 'de', weight: 1 },
      { text: participation, lang: 'de', weight: 1 },
      { text: String(row.Ort), lang: 'de', weight: 1 },
      { text: String(row['Politischer Beschluss zum Vorhaben / Projekt']), lang: 'de', weight: 1 },
    ];
    return {
      id: i + 1,
      addedOn: String(row.Aufnahmedatum),
      status: STATUS[String(row.Bearbeitungsstand)] ?? 'unspecified',
      formal: /ormell/.test(participation),
      informal: /nformell/.test(participation),
      municipalities: String(row.Kommune).split(', ').map(slug),
      topics: String(row.Themen).split('; ').map(slug),
      places: [],
      texts,
    };
  });
}

function filtersOf(query: string): { filters: ProjectFilters; page: number } {
  const params = new URLSearchParams(query);
  const filters: ProjectFilters = {};
  for (const key of ['q', 'municipality', 'topic', 'status', 'participation'] as const) {
    const value = params.get(key);
    if (value) (filters as Record<string, string>)[key] = value;
  }
  return { filters, page: Number(params.get('page') ?? 1) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

const docs = docsOf(ROWS);
const queries = variedQueries(SEED, QUERIES, vocabulary(ROWS), API).map(filtersOf);
const versions: { name: string; index: RegisterIndex }[] = [];
for (const root of [path.join(import.meta.dirname, '..'), ...(process.env.LOTSE_INDEX_FROM ? [process.env.LOTSE_INDEX_FROM] : [])]) {
  const Index = await load(root);
  const index = new Index();
  for (const doc of docs) index.put(doc);
  index.compact();
  versions.push({ name: root, index });
}
console.log(`${ROWS} Vorhaben, ${queries.length} different searches (seed ${SEED}), ${ROUNDS} rounds`);

const search = (index: RegisterIndex, { filters, page }: (typeof queries)[number]) =>
  API
    ? index.search(filters, { offset: 0, limit: 26, order: 'id', afterId: 0 }, 'de')
    : index.search(filters, { offset: (page - 1) * 20, limit: 20 }, 'de');

if (compare && versions.length === 2) {
  let differ = 0;
  for (const q of queries) {
    const [a, b] = versions.map((v) => search(v.index, q));
    const answer = (r: typeof a) =>
      JSON.stringify([API ? 0 : r!.total, r!.ids, Object.entries(r!.facets ?? {}).map(([facet, counts]) => [facet, [...counts]])]);
    if (answer(a) !== answer(b)) {
      if (differ++ < 5) console.log('differs:', JSON.stringify(q), a!.ids.slice(0, 5), b!.ids.slice(0, 5));
    }
  }
  console.log(`${differ} of ${queries.length} searches answered differently`);
}

const times = versions.map(() => [] as number[]);
for (let round = 0; round < ROUNDS; round++) {
  // Alternately, query by query: both versions meet the same load of the shared machine.
  for (const q of queries) {
    versions.forEach((v, i) => {
      // CPU time of the process, not the clock: on a shared machine waiting for a core is not the search's.
      const before = process.cpuUsage();
      search(v.index, q);
      const used = process.cpuUsage(before);
      times[i]!.push((used.user + used.system) / 1000);
    });
  }
}
versions.forEach((v, i) => {
  const sorted = times[i]!.sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / sorted.length;
  console.log(
    `${v.name}: CPU time per search: mean ${mean.toFixed(3)} ms, p50 ${percentile(sorted, 50).toFixed(3)}, p90 ${percentile(sorted, 90).toFixed(3)}, p97.5 ${percentile(sorted, 97.5).toFixed(3)}, p99 ${percentile(sorted, 99).toFixed(3)} ms`,
  );
});
