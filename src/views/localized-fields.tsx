// Form fields for text in the three languages: German required, Danish and English optional and
// folded away, each with its `lang`.
import type { FormErrors } from '../lib/form-errors.js';
import { locales } from '../lib/localized.js';
import { errorText, TextAreaField } from './form-fields.js';
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
          {(['da', 'en'] as const).map((l) => (
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

/** The `prefix_de`, `prefix_da`, `prefix_en` values of a posted form, to show it again. */
export function localizedValues(prefix: string, body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of locales) out[`${prefix}_${l}`] = typeof body[`${prefix}_${l}`] === 'string' ? (body[`${prefix}_${l}`] as string) : '';
  return out;
}
