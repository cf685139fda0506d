// An Atom feed (RFC 4287) from entries in one language, written by the `feed` library. Summaries are
// plain text; the library marks them as HTML, so they are escaped as HTML first and read back as written.
import { Feed } from 'feed';
import type { Locale } from '../../lib/localized.js';

export interface AtomEntry {
  /** Permanent and the same in every language, so a reader never sees an entry twice. */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  summary: string;
}

export interface AtomFeedOptions {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  page: string;
  language: Locale;
  author: string;
  rights: string;
  entries: AtomEntry[];
}

const asHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/\n/g, '<br>');

export function atomFeed(options: AtomFeedOptions): string {
  const newest = Math.max(0, ...options.entries.map((e) => e.updated.getTime()));
  const feed = new Feed({
    id: options.id,
    title: options.title,
    description: options.subtitle,
    link: options.page,
    language: options.language,
    // An empty feed has changed when its data last did, which it does not know: the epoch keeps it stable.
    updated: new Date(newest),
    generator: 'Lotse',
    feedLinks: { atom: options.self },
    author: { name: options.author },
    copyright: options.rights,
  });
  for (const entry of options.entries) {
    feed.addItem({
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      description: asHtml(entry.summary),
    });
  }
  // The library writes the language only into RSS; Atom carries it as xml:lang on the root (RFC 4287 2).
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.language}">`);
}
