// A register filter in words for the subscription page: each field set, with the names of its
// municipality, topic and place; null when the filter names one that does not exist.
import type { Db } from '../../db/database.js';
import type { Translate } from '../../i18n/index.js';
import { type Locale, pick } from '../../lib/localized.js';
import { allMunicipalities } from '../municipalities/index.js';
import { localityOptions, type ProjectFilters } from '../projects/index.js';
import { allTopics } from '../topics/index.js';
import type { FilterLine } from './alerts.views.js';

export async function describeFilters(db: Db, f: ProjectFilters, t: Translate, locale: Locale): Promise<FilterLine[] | null> {
  const lines: FilterLine[] = [];
  if (f.q) lines.push({ label: t('register.search.label'), value: f.q });
  if (f.municipality) {
    const m = (await allMunicipalities(db)).find((x) => x.slug === f.municipality);
    if (!m) return null;
    lines.push({ label: t('register.filter.municipality'), value: m.name });
  }
  if (f.topic) {
    const topic = (await allTopics(db)).find((x) => x.slug === f.topic);
    if (!topic) return null;
    lines.push({ label: t('register.filter.topic'), value: pick(topic.name, locale)?.text ?? topic.slug });
  }
  if (f.status) lines.push({ label: t('register.filter.status'), value: t(`status.${f.status}`) });
  if (f.participation) lines.push({ label: t('register.filter.participation'), value: t(`participation.${f.participation}`) });
  if (f.place) {
    const place = (await localityOptions(db)).find((x) => x.slug === f.place);
    if (!place) return null;
    lines.push({ label: t('register.filter.place'), value: place.name });
  }
  if (f.plainLanguage) lines.push({ label: t('register.filter.plainLanguage'), value: t('alerts.filter.yes') });
  return lines;
}
