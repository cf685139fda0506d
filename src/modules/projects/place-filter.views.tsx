// The register's filter by place below the partners: one select with a group per partner, Ämter
// followed by their municipalities. With counts known, places without a Vorhaben in the current search
// are left out (about 300 places would bury the few that matter); the chosen one always stays.
import { localePath, type PageContext } from '../../views/page-context.js';
import type { FilterOptions, LocalityOption } from './project.types.js';

/** The places of each municipality, for options kept until the next change (the register asks on every page). */
const placesByMunicipality = new WeakMap<FilterOptions, Map<string, LocalityOption[]>>();

function placesOf(options: FilterOptions, municipality: string): LocalityOption[] {
  let grouped = placesByMunicipality.get(options);
  if (!grouped) {
    grouped = new Map();
    for (const p of options.places) {
      const list = grouped.get(p.municipality);
      if (list) list.push(p);
      else grouped.set(p.municipality, [p]);
    }
    placesByMunicipality.set(options, grouped);
  }
  return grouped.get(municipality) ?? [];
}

export function PlaceSelect({
  ctx,
  value,
  options,
  counts,
}: {
  ctx: PageContext;
  value: string | undefined;
  options: FilterOptions;
  counts: Map<string, number> | null;
}) {
  const { t } = ctx;
  const shown = (p: LocalityOption) => !counts || (counts.get(p.slug) ?? 0) > 0 || p.slug === value;
  const label = (p: LocalityOption) => {
    const name = p.parent ? `– ${p.name}` : p.kind === 'stadtteil' ? t('place.stadtteil', { name: p.name }) : p.name;
    return counts ? t('register.filter.withCount', { label: name, count: counts.get(p.slug) ?? 0 }) : name;
  };
  const groups = options.municipalities
    .map((m) => ({ name: m.name, places: placesOf(options, m.slug).filter(shown) }))
    .filter((g) => g.places.length > 0);
  return (
    <div class="kern-form-input">
      <label class="kern-label" for="place">
        {t('register.filter.place')}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id="place" name="place">
          <option value="" selected={!value}>
            {t('register.filter.any')}
          </option>
          {groups.map((g) => (
            <optgroup label={g.name}>
              {g.places.map((p) => (
                <option value={p.slug} selected={p.slug === value}>
                  {label(p)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    </div>
  );
}

/** "Follow this place": shown above the results while the register is filtered by a place. */
export function FollowPlace({ ctx, place, options }: { ctx: PageContext; place: string | undefined; options: FilterOptions }) {
  const chosen = place ? options.places.find((p) => p.slug === place) : undefined;
  if (!chosen) return null;
  return (
    <p class="kern-body">
      <a class="kern-link" href={`${localePath(ctx.locale, '/folgen')}?ort=${encodeURIComponent(chosen.slug)}`}>
        {ctx.t('place.follow', { name: chosen.name })}
      </a>
    </p>
  );
}
