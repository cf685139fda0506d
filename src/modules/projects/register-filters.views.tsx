// The search and filter form of the register, and its pagination. Plain GET forms and links: they
// work without JavaScript and every state of the list has its own URL.
import { type Locale, pick } from '../../lib/localized.js';
import { memoized } from '../../lib/memoized.js';
import { translator } from '../../i18n/index.js';
import { Checkbox, SelectField } from '../../views/form-fields.js';
import { Alert, Pagination } from '../../views/components.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { keptByKey } from '../../views/kept-html.js';
import type { ProjectStatus } from './parsers/status.js';
import type { ParticipationFilter, ProjectFilters, FilterOptions } from './project.types.js';
import { type RegisterView, SUGGESTION_LIMIT } from './projects.schemas.js';
import { PlaceSelect } from './place-filter.views.js';
import type { RegisterResult } from './projects.service.js';

/** The form's parts that depend only on the language: rendered once per language. */
const kept = keptByKey(100);

function Select({
  id,
  label,
  value,
  options,
  anyLabel,
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  anyLabel: string;
}) {
  return <SelectField id={id} label={label} value={value ?? ''} options={[{ value: '', label: anyLabel }, ...options]} />;
}

export function RegisterFilters({
  ctx,
  filters,
  options,
  statuses,
  participations,
  facets,
  view,
}: {
  ctx: PageContext;
  filters: ProjectFilters;
  /** Kept when the form is sent: searching in the map view stays in the map view. */
  view: RegisterView;
  options: FilterOptions;
  statuses: readonly ProjectStatus[];
  participations: readonly ParticipationFilter[];
  /** Counts per value for the current search; beside each option when known. */
  facets: RegisterResult['facets'];
}) {
  const { t, locale } = ctx;
  const counted = (facet: keyof NonNullable<typeof facets>, list: { value: string; label: string }[]) =>
    facets
      ? list.map((o) => ({
          ...o,
          label: t('register.filter.withCount', { label: o.label, count: (facets[facet] as Map<string, number>).get(o.value) ?? 0 }),
        }))
      : list;
  return (
    <form method="get" action={localePath(locale, '/vorhaben')} role="search" class="lotse-filters">
      {view === 'map' && <input type="hidden" name="view" value="map" />}
      <div class="kern-form-input lotse-filters__search">
        {kept(`search:${locale}`, () => (
          <>
            <label class="kern-label" for="q">
              {t('register.search.label')}
            </label>
            <div class="kern-hint" id="q-hint">
              {t('register.search.hint')}
            </div>
          </>
        ))}
        <input
          class="kern-form-input__input"
          type="search"
          id="q"
          name="q"
          value={filters.q ?? ''}
          aria-describedby="q-hint"
          lang="de"
          {...suggestAttributes(ctx)}
        />
      </div>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('register.filters.heading')}</legend>
        <div class="kern-fieldset__body lotse-filters__grid">
          <Select
            id="municipality"
            label={t('register.filter.municipality')}
            value={filters.municipality}
            anyLabel={t('register.filter.any')}
            options={counted(
              'municipality',
              options.municipalities.map((m) => ({ value: m.slug, label: m.name })),
            )}
          />
          <Select
            id="topic"
            label={t('register.filter.topic')}
            value={filters.topic}
            anyLabel={t('register.filter.any')}
            options={counted(
              'topic',
              options.topics.map((tp) => ({ value: tp.slug, label: pick(tp.name, locale)!.text })),
            )}
          />
          <Select
            id="status"
            label={t('register.filter.status')}
            value={filters.status}
            anyLabel={t('register.filter.any')}
            options={counted(
              'status',
              statuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
            )}
          />
          <Select
            id="participation"
            label={t('register.filter.participation')}
            value={filters.participation}
            anyLabel={t('register.filter.any')}
            options={counted(
              'participation',
              participations.map((p) => ({ value: p, label: t(`participation.${p}`) })),
            )}
          />
          <Checkbox
            id="plainLanguage"
            name="plainLanguage"
            value="true"
            label={t('register.filter.plainLanguage')}
            checked={!!filters.plainLanguage}
          />
          <PlaceSelect ctx={ctx} value={filters.place} options={options} counts={facets?.place ?? null} />
        </div>
      </fieldset>
      {kept(`actions:${locale}`, () => (
        <div class="lotse-filters__actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-icon kern-icon--search" aria-hidden="true" />
            <span class="kern-label">{t('register.submit')}</span>
          </button>
          <a class="kern-link" href={localePath(locale, '/vorhaben')}>
            {t('register.reset')}
          </a>
        </div>
      ))}
    </form>
  );
}

/** "Liste | Karte": the same search as a list or on a map; each view has its own address. */
export function ViewSwitch({ ctx, filters, view }: { ctx: PageContext; filters: ProjectFilters; view: RegisterView }) {
  const { t, locale } = ctx;
  const link = (v: RegisterView, label: string) => (
    <li>
      <a
        class="kern-link"
        href={localePath(locale, `/vorhaben${filtersToQuery(filters, undefined, v)}`)}
        aria-current={v === view ? 'page' : undefined}
      >
        {label}
      </a>
    </li>
  );
  return (
    <nav aria-label={t('register.view.label')}>
      <ul class="lotse-view-switch">
        {link('list', t('register.view.list'))}
        {link('map', t('register.view.map'))}
      </ul>
    </nav>
  );
}

/**
 * What register-suggest.js needs to offer titles while typing: where to ask, where a title leads, and
 * its words in the page's language (one announcement per possible number of suggestions).
 */
const suggestAttributes = ({ locale }: PageContext) => suggestAttributesOf(locale);

const suggestAttributesOf = memoized((locale: Locale) => {
  const t = translator(locale);
  const announcements = Array.from({ length: SUGGESTION_LIMIT + 1 }, (_, count) =>
    count === 0 ? t('register.search.noSuggestions') : t('register.search.suggestionCount', { count }),
  );
  return {
    'data-suggest': `/api/v1/projects/suggestions?lang=${locale}`,
    'data-suggest-base': localePath(locale, '/vorhaben/'),
    'data-suggest-label': t('register.search.suggestions'),
    'data-suggest-announcements': JSON.stringify(announcements),
  };
});

export function filtersToQuery(filters: ProjectFilters, page?: number, view: RegisterView = 'list'): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, String(v));
  if (page && page > 1) params.set('page', String(page));
  if (view === 'map') params.set('view', 'map');
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function RegisterPagination({
  ctx,
  page,
  pages,
  filters,
}: {
  ctx: PageContext;
  page: number;
  pages: number;
  filters: ProjectFilters;
}) {
  return <Pagination ctx={ctx} page={page} pages={pages} href={(p) => localePath(ctx.locale, `/vorhaben${filtersToQuery(filters, p)}`)} />;
}

/** "Meinten Sie …?": the results shown are for the corrected words; one link searches for what was typed, exactly. */
export function Corrections({
  ctx,
  filters,
  corrections,
}: {
  ctx: PageContext;
  filters: ProjectFilters;
  corrections: RegisterResult['corrections'];
}) {
  const { t, locale } = ctx;
  let corrected = filters.q ?? '';
  let exact = corrected;
  for (const c of corrections) {
    corrected = corrected.replace(c.from, c.to);
    exact = exact.replace(c.from, `"${c.from}"`);
  }
  const typed = corrections.map((c) => c.from).join(' ');
  return (
    <Alert kind="info" title={t('register.search.didYouMean', { query: corrected })}>
      <p class="kern-body">{t('register.search.corrected', { typed, query: corrected })}</p>
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, `/vorhaben${filtersToQuery({ ...filters, q: exact })}`)}>
          {t('register.search.exactly', { typed })}
        </a>
      </p>
    </Alert>
  );
}
