// The reference a search must be measured against: a bare Node HTTP server holding the same generated
// rows in a simple in-memory word index, answering the same register URLs with a plain HTML list of 20
// hits (lower-cased whole words, all words required, filters, newest first). What Node itself can do on
// this machine, without a framework, templates, a database or Lotse's search features.
import http from 'node:http';
import { generateRows, slug } from './generate.js';

const rows = generateRows(Number(process.env.BENCH_ROWS ?? 10_000));
const docs = rows.map((row, i) => ({
  i,
  title: String(row.Titel),
  added: String(row.Aufnahmedatum),
  municipalities: String(row.Kommune).split(', ').map(slug),
  topics: String(row.Themen).split('; ').map(slug),
  status: String(row.Bearbeitungsstand),
  participation: String(row['Einwohner*innenbeteiligung']),
}));
const index = new Map<string, Set<number>>();
rows.forEach((row, i) => {
  for (const text of [row.Titel, row['Inhaltliche Beschreibung']])
    for (const w of String(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [])
      (index.get(w) ?? index.set(w, new Set()).get(w)!).add(i);
});
const byDate = [...docs].sort((a, b) => (a.added < b.added ? 1 : -1));
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const words = (url.searchParams.get('q') ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
  const sets = words.map((w) => index.get(w) ?? new Set<number>());
  const m = url.searchParams.get('municipality');
  const t = url.searchParams.get('topic');
  const hits = byDate.filter((d) => sets.every((s) => s.has(d.i)) && (!m || d.municipalities.includes(m)) && (!t || d.topics.includes(t)));
  const page = Number(url.searchParams.get('page') ?? 1);
  const items = hits
    .slice((page - 1) * 20, page * 20)
    .map((d) => `<li><a href="/de/vorhaben/bench-${d.i + 1}">${escape(d.title)}</a></li>`);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="de"><title>Vorhaben</title><h1>${hits.length} Vorhaben</h1><ol>${items.join('')}</ol></html>`);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
