// Form fields for text in the three languages: German required, Danish and English optional and
// folded away, each with its `lang`.
import type { FormErrors } from '../lib/form-errors.js';
import { contentLanguages, regionalLanguages, translationLocales } from '../lib/localized.js';
import { errorText, TextAreaField, TextField } from './form-fields.js';
import type { PageContext } from './page-context.js';
import { languageNames as languageName } from './layout.js';

/** German note required, Danish and English optional: the public change log in all three languages. */
export function NoteFields({
  ctx,
  prefix,
  values,
  errors,
  label,
  hint,
}: {
  ctx: PageContext;
  prefix: string;
  values: Record<string, string>;
  errors: FormErrors;
  label: string;
  hint: string;
}) {
  return (
    <>
      <TextAreaField
        id={`${prefix}_de`}
        label={`${label} (${languageName.de})`}
        hint={hint}
        value={values[`${prefix}_de`] ?? ''}
        error={errorText(ctx, errors, `${prefix}_de`)}
        rows={3}
        required
        lang="de"
      />
      <details class="kern-accordion">
        <summary class="kern-accordion__header">
          <span class="kern-title">{ctx.t('editorial.translations')}</span>
        </summary>
        <div class="kern-accordion__body">
          {translationLocales.map((l) => (
            <TextAreaField
              id={`${prefix}_${l}`}
              label={`${label} (${languageName[l]})`}
              value={values[`${prefix}_${l}`] ?? ''}
              rows={3}
              lang={l}
            />
          ))}
        </div>
      </details>
    </>
  );
}

/**
 * The optional North Frisian and Low German texts of a Vorhaben, event or process (`title_frr`,
 * `description_nds`, …): one group per language, folded away unless it holds something or an error.
 */
export function RegionalTextFields({
  ctx,
  fields,
  text,
  errors,
}: {
  ctx: PageContext;
  /** The fields offered, with their labels; `long` ones are text areas (Markdown). */
  fields: { name: string; label: string; long?: boolean }[];
  text: Record<string, string | undefined>;
  errors: FormErrors;
}) {
  const { t } = ctx;
  return (
    <fieldset class="kern-fieldset lotse-form-section" aria-describedby="regional-texts-hint">
      <legend class="kern-heading-small">{t('regional.form.legend')}</legend>
      <p class="kern-hint" id="regional-texts-hint">
        {t('regional.form.hint')}
      </p>
      {regionalLanguages.map((l) => {
        const language = t(`regional.language.${l}`);
        const open = fields.some((f) => !!(text[`${f.name}_${l}`] || errors[`${f.name}_${l}`]));
        return (
          <details class="kern-accordion" open={open}>
            <summary class="kern-accordion__header">
              <span class="kern-title">{language}</span>
            </summary>
            <div class="kern-accordion__body">
              {fields.map((f) => {
                const Field = f.long ? TextAreaField : TextField;
                return (
                  <Field
                    id={`${f.name}_${l}`}
                    label={t('regional.form.field', { field: f.label, language })}
                    value={text[`${f.name}_${l}`] ?? ''}
                    error={errorText(ctx, errors, `${f.name}_${l}`)}
                    lang={l}
                  />
                );
              })}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}

/** The `prefix_de`, `prefix_da`, `prefix_en` (… `prefix_nds`) values of a posted form, to show it again. */
export function localizedValues(prefix: string, body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of contentLanguages)
    out[`${prefix}_${l}`] = typeof body[`${prefix}_${l}`] === 'string' ? (body[`${prefix}_${l}`] as string) : '';
  return out;
}
