// The Atom feeds, in the page language: new and changed Vorhaben with their public change notes (all of
// them, or the register's current search), events, participation processes. Texts fall back to German
// where a translation is missing, as the pages do.
import type { Db } from '../../db/database.js';
import type { DataLicense } from '../../lib/data-licenses.js';
import { formatDate, formatTimeSpan } from '../../lib/format.js';
import { pick, type Locale, type LocalizedText } from '../../lib/localized.js';
import { t } from '../../i18n/index.js';
import { feedEvents } from '../events/index.js';
import { processViews } from '../participation/index.js';
import { fieldLabel, registerFeed } from '../projects/index.js';
import { atomFeed, type AtomEntry } from './atom.js';

export interface FeedSite {
  baseUrl: string;
  license: DataLicense;
}

/** How many Vorhaben a feed looks at, and how many entries it carries (readers poll; history is in the API). */
const PROJECTS = 30;
const ENTRIES = 50;

const text = (value: LocalizedText | null | undefined, locale: Locale) => pick(value, locale)?.text ?? '';
const newestFirst = (entries: AtomEntry[]) => entries.sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, ENTRIES);

function frame(site: FeedSite, locale: Locale, path: string, query: string) {
  return {
    id: `${site.baseUrl}${path}/feed.atom${query}`,
    self: `${site.baseUrl}/${locale}${path}/feed.atom${query}`,
    page: `${site.baseUrl}/${locale}${path}${query}`,
    language: locale,
    author: t(locale, 'site.name'),
    rights: `${t(locale, 'site.footer.dataLicense')} ${site.license.name[locale] ?? site.license.name.de}`,
  };
}

export async function projectFeed(db: Db, site: FeedSite, locale: Locale, query: unknown): Promise<string> {
  const { filters, options, projects } = await registerFeed(db, query, PROJECTS);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  const search = params.size ? `?${params.toString()}` : '';
  const labels = [
    filters.q ? `„${filters.q}“` : null,
    filters.municipality ? options.municipalities.find((m) => m.slug === filters.municipality)?.name : null,
    filters.topic ? text(options.topics.find((o) => o.slug === filters.topic)?.name, locale) : null,
    filters.status ? t(locale, `status.${filters.status}`) : null,
    filters.participation ? t(locale, `participation.${filters.participation}`) : null,
  ].filter((label): label is string => !!label);
  const entries = projects.flatMap((project) =>
    project.changes.map((change): AtomEntry => {
      const title = text(project.title, locale);
      const fields = change.fields.map((f) => (f in fieldLabel ? t(locale, fieldLabel[f as keyof typeof fieldLabel]) : f));
      return {
        id: `${site.baseUrl}/vorhaben/${project.slug}#version-${change.version}`,
        title: change.version === 1 ? t(locale, 'feeds.project.new', { title }) : t(locale, 'feeds.project.changed', { title }),
        link: `${site.baseUrl}/${locale}/vorhaben/${project.slug}`,
        updated: change.changedAt,
        summary: [text(change.note, locale), fields.length ? t(locale, 'feeds.project.fields', { fields: fields.join(', ') }) : '']
          .filter(Boolean)
          .join('\n'),
      };
    }),
  );
  return atomFeed({
    ...frame(site, locale, '/vorhaben', search),
    title: labels.length ? t(locale, 'feeds.projects.titleFiltered', { filters: labels.join(' · ') }) : t(locale, 'feeds.projects.title'),
    subtitle: t(locale, 'feeds.projects.subtitle'),
    entries: newestFirst(entries),
  });
}

export async function eventFeed(db: Db, site: FeedSite, locale: Locale): Promise<string> {
  const entries = (await feedEvents(db, {})).map((event): AtomEntry => {
    const title = text(event.title, locale);
    return {
      id: `${site.baseUrl}/veranstaltungen/${event.slug}`,
      title: event.state === 'cancelled' ? t(locale, 'feeds.event.cancelled', { title }) : title,
      link: `${site.baseUrl}/${locale}/veranstaltungen/${event.slug}`,
      updated: event.updatedAt,
      published: event.createdAt,
      summary: [formatTimeSpan(event.startsAt, event.endsAt, locale), event.address ?? '', text(event.cancelReason, locale)]
        .filter(Boolean)
        .join('\n'),
    };
  });
  return atomFeed({
    ...frame(site, locale, '/veranstaltungen', ''),
    title: t(locale, 'feeds.events.title'),
    subtitle: t(locale, 'feeds.events.subtitle'),
    entries: newestFirst(entries),
  });
}

export async function processFeed(db: Db, site: FeedSite, locale: Locale): Promise<string> {
  const entries = (await processViews(db)).map((process): AtomEntry => ({
    id: `${site.baseUrl}/beteiligung/${process.slug}`,
    title: text(process.title, locale),
    link: `${site.baseUrl}/${locale}/beteiligung/${process.slug}`,
    updated: process.updatedAt,
    published: process.createdAt,
    summary: [
      t(locale, 'feeds.process.project', { title: text(process.projectTitle, locale) }),
      ...process.phases.map(
        (phase) =>
          `${t(locale, `process.phase.${phase.kind}`)}: ${formatDate(phase.startsOn, locale)} – ${formatDate(phase.endsOn, locale)}`,
      ),
    ].join('\n'),
  }));
  return atomFeed({
    ...frame(site, locale, '/beteiligung', ''),
    title: t(locale, 'feeds.processes.title'),
    subtitle: t(locale, 'feeds.processes.subtitle'),
    entries: newestFirst(entries),
  });
}
