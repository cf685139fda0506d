// The frame and small forms shared by the finance pages of the back office.
import { locales } from '../../lib/localized.js';
import type { ComponentChildren } from 'preact';
import type { FormErrors } from '../../lib/form-errors.js';
import { Alert } from '../../views/components.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { CsrfField, errorText, SelectField, SubmitButton, TextAreaField, TextField } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { languageNames } from '../../views/layout.js';
import type { FormValues } from './finance.form-fields.js';
import { FINANCE_STYLES } from './finance.components.js';

export interface Failed {
  form: string;
  values: FormValues;
  errors: FormErrors;
}

export type Page = BackOfficePage & { may: boolean; notice?: string | undefined; failed?: Failed | undefined };

export const base = (ctx: PageContext, path = '') => localePath(ctx.locale, `/verwaltung/finanzen${path}`);

export function Frame({
  ctx,
  nav,
  title,
  children,
  back = true,
}: Pick<Page, 'ctx' | 'nav'> & { title: string; children: ComponentChildren; back?: boolean }) {
  return (
    <BackOfficeLayout ctx={ctx} title={title} nav={nav} current="finance" styles={FINANCE_STYLES}>
      {back && (
        <p>
          <a class="kern-link" href={base(ctx)}>
            {ctx.t('finance.admin.back')}
          </a>
        </p>
      )}
      <h1 class="kern-heading-large">{title}</h1>
      {children}
    </BackOfficeLayout>
  );
}

export interface FieldDef {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'select' | 'textarea' | 'url' | 'localized';
  options?: { value: string; label: string }[];
  hint?: string;
  inputmode?: string;
}

/** A small form of a page with several: ids carry the form's name, errors only when this form came back. */
export function MiniForm({
  ctx,
  csrf,
  form,
  action,
  legend,
  fields,
  failed,
  submit,
  initial = {},
  variant = 'lotse-panel',
}: {
  ctx: PageContext;
  csrf: string;
  form: string;
  action: string;
  legend: string;
  fields: FieldDef[];
  failed?: Failed | undefined;
  submit?: string;
  initial?: FormValues;
  variant?: string;
}) {
  const mine = failed?.form === form ? failed : undefined;
  const values = mine?.values ?? initial;
  const errors = mine?.errors ?? {};
  const id = (n: string) => `${form}-${n}`;
  const err = (n: string) => errorText(ctx, errors, n);
  return (
    <form method="post" action={action} class={variant} novalidate>
      <CsrfField token={csrf} />
      <fieldset class="kern-fieldset">
        <legend class="kern-heading-small">{legend}</legend>
        {mine && Object.keys(errors).length > 0 && (
          <Alert kind="danger" title={ctx.t('form.errorSummary', { count: Object.keys(errors).length })}>
            <ul class="kern-list">
              {Object.keys(errors).map((k) => (
                <li>
                  <a class="kern-link" href={`#${id(k)}`}>
                    {err(k)}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        )}
        <div class="lotse-decision-row">
          {fields.map((f) => {
            if (f.type === 'select')
              return (
                <SelectField
                  id={id(f.name)}
                  name={f.name}
                  label={f.label}
                  hint={f.hint}
                  value={values[f.name] ?? ''}
                  error={err(f.name)}
                  options={f.options ?? []}
                />
              );
            if (f.type === 'textarea')
              return (
                <TextAreaField
                  id={id(f.name)}
                  name={f.name}
                  label={f.label}
                  hint={f.hint}
                  value={values[f.name] ?? ''}
                  error={err(f.name)}
                  rows={3}
                />
              );
            if (f.type === 'localized')
              return (
                <>
                  {locales.map((l) => (
                    <TextField
                      id={id(`${f.name}_${l}`)}
                      name={`${f.name}_${l}`}
                      label={`${f.label} (${languageNames[l]})`}
                      hint={l === 'de' ? f.hint : undefined}
                      value={values[`${f.name}_${l}`] ?? ''}
                      error={err(`${f.name}_${l}`)}
                      lang={l}
                    />
                  ))}
                </>
              );
            return (
              <TextField
                id={id(f.name)}
                name={f.name}
                type={f.type === 'date' ? 'date' : f.type === 'url' ? 'url' : 'text'}
                label={f.label}
                hint={f.hint}
                value={values[f.name] ?? ''}
                error={err(f.name)}
                inputmode={f.inputmode}
              />
            );
          })}
        </div>
        <SubmitButton label={submit ?? ctx.t('finance.admin.add')} />
      </fieldset>
    </form>
  );
}
