// The back-office page of a Vorhaben's places: the places below the partners it concerns (one select),
// its places on the map as a table, a form to type or draw one (coordinates, one pair per line: the way
// that works without JavaScript and with the keyboard), and GeoJSON to paste or upload.
import type { FormErrors } from '../../lib/form-errors.js';
import { coordinateListOf, kindOf, type PlaceKind, placeKinds } from '../../lib/geometry.js';
import { type BackOfficePage, BackOfficeLayout } from '../../platform/back-office/frame.js';
import { Alert } from '../../views/components.js';
import { CsrfField, ErrorSummary, errorText, FileField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { MapFrame, mapScripts, mapStyles } from '../../views/map.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { LocalityChoice, PlacesOfProject } from './places.service.js';

export interface PlaceFormValues {
  label: string;
  kind: PlaceKind;
  coordinates: string;
}

export interface PlacesPageProps extends BackOfficePage {
  view: PlacesOfProject;
  choices: LocalityChoice[];
  /** The place being edited (null: a new one) with the form's values and errors. */
  editing: { id: number | null; values: PlaceFormValues; errors: FormErrors };
  geojson: { text: string; replace: boolean; errors: FormErrors };
  notice?: string | undefined;
}

export function PlacesPage({ ctx, nav, csrf, view, choices, editing, geojson, notice }: PlacesPageProps) {
  const { t, locale } = ctx;
  const base = localePath(locale, `/verwaltung/vorhaben/${view.slug}/orte`);
  const errors = { ...editing.errors, ...geojson.errors };
  return (
    <BackOfficeLayout
      ctx={ctx}
      title={t('places.title', { title: view.title })}
      nav={nav}
      current="editorial"
      scripts={mapScripts}
      styles={mapStyles}
    >
      <p>
        <a class="kern-link" href={localePath(locale, `/verwaltung/vorhaben/${view.slug}`)}>
          <span class="kern-icon kern-icon--arrow-back" aria-hidden="true" /> {t('places.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('places.title', { title: view.title })}</h1>
      <p class="kern-body">{t('places.intro')}</p>
      {notice && <Alert kind="success" title={notice} />}
      <ErrorSummary ctx={ctx} errors={errors} />

      <section aria-labelledby="localities-heading" class="lotse-section">
        <h2 id="localities-heading" class="kern-heading-medium">
          {t('places.localities.heading')}
        </h2>
        <LocalitiesForm ctx={ctx} csrf={csrf} action={`${base}/gebiete`} view={view} choices={choices} />
      </section>

      <section aria-labelledby="places-heading" class="lotse-section">
        <h2 id="places-heading" class="kern-heading-medium">
          {t('places.map.heading')}
        </h2>
        {view.legacyPoint && (
          <Alert kind="info" title={t('places.legacy', { coordinates: `${view.legacyPoint.lat}, ${view.legacyPoint.lng}` })} />
        )}
        {view.places.length === 0 ? (
          <p class="kern-body">{t('places.none')}</p>
        ) : (
          <PlacesTable ctx={ctx} csrf={csrf} base={base} view={view} />
        )}
      </section>

      {view.mayEdit && (
        <>
          <section aria-labelledby="place-form-heading" class="lotse-section" id="ort-formular">
            <h2 id="place-form-heading" class="kern-heading-medium">
              {editing.id ? t('places.form.edit') : t('places.form.add')}
            </h2>
            <PlaceForm ctx={ctx} csrf={csrf} action={editing.id ? `${base}/${editing.id}` : base} editing={editing} />
          </section>
          <section aria-labelledby="geojson-heading" class="lotse-section">
            <h2 id="geojson-heading" class="kern-heading-medium">
              {t('places.geojson.heading')}
            </h2>
            <form method="post" action={`${base}/geojson`} enctype="multipart/form-data" novalidate>
              <CsrfField token={csrf} />
              <TextAreaField
                id="geojson"
                label={t('places.geojson.text')}
                hint={t('places.geojson.hint')}
                value={geojson.text}
                error={errorText(ctx, geojson.errors, 'geojson')}
                rows={6}
              />
              <FileField id="file" label={t('places.geojson.file')} accept=".geojson,.json,application/geo+json,application/json" />
              <fieldset class="kern-fieldset">
                <legend class="kern-label">{t('places.geojson.mode')}</legend>
                <div class="kern-fieldset__body">
                  {(['add', 'replace'] as const).map((mode) => (
                    <div class="kern-form-check">
                      <input
                        class="kern-form-check__radio"
                        type="radio"
                        id={`mode-${mode}`}
                        name="mode"
                        value={mode}
                        checked={(mode === 'replace') === geojson.replace}
                      />
                      <label class="kern-label" for={`mode-${mode}`}>
                        {t(`places.geojson.mode.${mode}`)}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <SubmitButton label={t('places.geojson.submit')} />
            </form>
          </section>
        </>
      )}
    </BackOfficeLayout>
  );
}

function LocalitiesForm({
  ctx,
  csrf,
  action,
  view,
  choices,
}: {
  ctx: PageContext;
  csrf: string;
  action: string;
  view: PlacesOfProject;
  choices: LocalityChoice[];
}) {
  const { t } = ctx;
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={csrf} />
      <div class="kern-form-input">
        <label class="kern-label" for="localities">
          {t('places.localities.label')}
        </label>
        <div class="kern-hint" id="localities-hint">
          {t('places.localities.hint')}
        </div>
        <select
          class="kern-form-input__select lotse-multi-select"
          id="localities"
          name="localities"
          multiple
          size={12}
          aria-describedby="localities-hint"
        >
          {choices.map((group) => (
            <optgroup label={group.name}>
              {group.places.map((p) => (
                <option value={p.slug} selected={view.localities.includes(p.slug)}>
                  {p.parent ? `– ${p.name}` : p.kind === 'stadtteil' ? t('place.stadtteil', { name: p.name }) : p.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {view.mayEdit && <SubmitButton label={t('places.localities.submit')} />}
    </form>
  );
}

function PlacesTable({ ctx, csrf, base, view }: { ctx: PageContext; csrf: string; base: string; view: PlacesOfProject }) {
  const { t } = ctx;
  const features = {
    type: 'FeatureCollection',
    features: view.places.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: { title: p.label ?? view.title } })),
  };
  return (
    <>
      <MapFrame ctx={ctx} label={t('places.map.label')} features={features}>
        {t('places.map.alternative')}
      </MapFrame>
      <table class="kern-table">
        <caption class="kern-title">{t('places.table.caption', { count: view.places.length })}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {t('places.field.label')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('places.field.kind')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('places.field.coordinates')}
            </th>
            <th class="kern-table__header" scope="col">
              {t('places.table.actions')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {view.places.map((p, i) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell" lang="de">
                {p.label ?? t('places.unnamed', { number: i + 1 })}
              </td>
              <td class="kern-table__cell">{t(`places.kind.${kindOf(p.geometry)}`)}</td>
              <td class="kern-table__cell lotse-preline">{coordinateListOf(p.geometry)}</td>
              <td class="kern-table__cell">
                {view.mayEdit && (
                  <>
                    <a class="kern-link" href={`${base}?ort=${p.id}#ort-formular`}>
                      {t('places.edit', { name: p.label ?? String(i + 1) })}
                    </a>
                    <form method="post" action={`${base}/${p.id}/loeschen`}>
                      <CsrfField token={csrf} />
                      <SubmitButton kind="tertiary" label={t('places.delete', { name: p.label ?? String(i + 1) })} />
                    </form>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function PlaceForm({
  ctx,
  csrf,
  action,
  editing,
}: {
  ctx: PageContext;
  csrf: string;
  action: string;
  editing: PlacesPageProps['editing'];
}) {
  const { t } = ctx;
  const { values, errors } = editing;
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={csrf} />
      <TextField
        id="label"
        label={t('places.field.label')}
        hint={t('places.field.labelHint')}
        value={values.label}
        error={errorText(ctx, errors, 'label')}
      />
      <fieldset class="kern-fieldset" id="kind">
        <legend class="kern-label">{t('places.field.kind')}</legend>
        <div class="kern-fieldset__body">
          {placeKinds.map((kind) => (
            <div class="kern-form-check">
              <input
                class="kern-form-check__radio"
                type="radio"
                id={`kind-${kind}`}
                name="kind"
                value={kind}
                checked={values.kind === kind}
              />
              <label class="kern-label" for={`kind-${kind}`}>
                {t(`places.kind.${kind}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id="coordinates"
        label={t('places.field.coordinates')}
        hint={t('places.field.coordinatesHint')}
        value={values.coordinates}
        error={errorText(ctx, errors, 'coordinates')}
        rows={6}
      />
      <div
        class="lotse-map lotse-map--draw"
        data-draw="coordinates"
        data-label={t('places.draw.label')}
        data-tiles={ctx.map.tileUrl}
        data-attribution={ctx.map.attribution}
        data-consent={ctx.map.consentRequired ? 'required' : 'none'}
      >
        <div class="lotse-map__notice">
          {ctx.map.consentRequired && (
            <p class="kern-body">
              <button type="button" class="kern-btn kern-btn--secondary lotse-map__load" hidden>
                <span class="kern-label">{t('map.consent.load')}</span>
              </button>
            </p>
          )}
          <p class="kern-body">{t('places.draw.hint')}</p>
        </div>
      </div>
      <SubmitButton label={editing.id ? t('places.form.save') : t('places.form.addSubmit')} />
    </form>
  );
}
