// Form fields in KERN markup with label, hint and error wired up for screen readers (aria-describedby,
// aria-invalid). Every form of the back office is built from these.
import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../lib/csrf.js';
import type { FormErrors } from '../lib/form-errors.js';
import { Alert } from './components.js';
import type { PageContext } from './page-context.js';

interface Common {
  id: string;
  name?: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  lang?: string | undefined;
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

function Frame({ id, label, hint, error, invalid, children }: Common & { invalid?: boolean | undefined; children: ComponentChildren }) {
  return (
    <div class={`kern-form-input${error || invalid ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="kern-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField(props: Common & { value: string; type?: string; autocomplete?: string; inputmode?: string }) {
  const { id, name, value, type = 'text', hint, error, required, autocomplete, lang, inputmode } = props;
  return (
    <Frame {...props}>
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        type={type}
        id={id}
        name={name ?? id}
        value={value}
        lang={lang}
        autocomplete={autocomplete}
        inputMode={inputmode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={required}
      />
    </Frame>
  );
}

/**
 * A file to upload (the form needs `enctype="multipart/form-data"`). `invalid` marks the field when its
 * error is told elsewhere on the page, e.g. an import's report above the form.
 */
export function FileField(props: Common & { accept?: string; invalid?: boolean | undefined }) {
  const { id, name, hint, error, required, accept } = props;
  return (
    <Frame {...props}>
      <input
        class="kern-form-input__input"
        type="file"
        id={id}
        name={name ?? id}
        accept={accept}
        aria-describedby={describedBy(id, hint, error)}
        required={required}
      />
    </Frame>
  );
}

export function TextAreaField(props: Common & { value: string; rows?: number }) {
  const { id, name, value, rows = 5, hint, error, required, lang } = props;
  return (
    <Frame {...props}>
      <textarea
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={id}
        name={name ?? id}
        rows={rows}
        lang={lang}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={required}
      >
        {value}
      </textarea>
    </Frame>
  );
}

export function SelectField(props: Common & { value: string; options: { value: string; label: string }[] }) {
  const { id, name, value, options, hint, error } = props;
  return (
    <Frame {...props}>
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={name ?? id}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          {options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </Frame>
  );
}

export function Checkbox({
  id,
  name,
  value = 'on',
  label,
  checked,
}: {
  id: string;
  name: string;
  value?: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div class="kern-form-check">
      <input class="kern-form-check__checkbox" type="checkbox" id={id} name={name} value={value} checked={checked} />
      <label class="kern-label" for={id}>
        {label}
      </label>
    </div>
  );
}

/** A group of checkboxes under one legend, e.g. the municipalities of a Vorhaben. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  error,
  options,
  checked,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
  checked: string[];
}) {
  return (
    <fieldset class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} aria-describedby={describedBy(name, hint, error)}>
      <legend class="kern-label">{legend}</legend>
      {hint && (
        <div class="kern-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="kern-error" id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
      <div class="kern-fieldset__body lotse-checkbox-grid">
        {options.map((o, i) => (
          <Checkbox id={`${name}-${i}`} name={name} value={o.value} label={o.label} checked={checked.includes(o.value)} />
        ))}
      </div>
    </fieldset>
  );
}

/** A field people do not see and bots fill in: a filled one means the post is dropped quietly. */
export function Honeypot({ id = 'website' }: { id?: string }) {
  return (
    <div class="lotse-honeypot" aria-hidden="true">
      <label for={id}>Website</label>
      <input type="text" id={id} name="website" tabindex={-1} autocomplete="off" />
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

export function SubmitButton({
  label,
  kind = 'primary',
  name,
  value,
}: {
  label: string;
  kind?: 'primary' | 'secondary' | 'tertiary';
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" class={`kern-btn kern-btn--${kind}`} name={name} value={value}>
      <span class="kern-label">{label}</span>
    </button>
  );
}

export function errorText(ctx: PageContext, errors: FormErrors, key: string): string | undefined {
  const e = errors[key];
  return e ? ctx.t(e.key, e.params) : undefined;
}

/** A list of every field error with links to the fields, shown above a form that came back. */
export function ErrorSummary({ ctx, errors }: { ctx: PageContext; errors: FormErrors }) {
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  return (
    <Alert kind="danger" title={ctx.t('form.errorSummary', { count: keys.length })}>
      <ul class="kern-list">
        {keys.map((k) => (
          <li>
            <a class="kern-link" href={`#${k}`}>
              {errorText(ctx, errors, k)}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
