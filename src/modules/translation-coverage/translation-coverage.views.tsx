// The translation-coverage page: a filter (language, kind) and a table of the published items lacking a
// Danish or English text, naming the missing fields per language and linking to each item's editor.
import { languageName } from '../../i18n/index.js';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import type { TranslatedField, TranslationGapItem } from '../../lib/translation-gaps.js';
import { contentKinds, translationLanguages } from '../../lib/translation-gaps.js';
import { SelectField, SubmitButton } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import { DataTable, Td, Th, Tr } from '../../views/table.js';
import type { CoverageFilter } from './translation-coverage.service.js';

function Missing({ ctx, fields }: { ctx: PageContext; fields: TranslatedField[] }) {
  if (!fields.length) return <>{ctx.t('coverage.complete')}</>;
  return <>{fields.map((f) => ctx.t(`coverage.field.${f}`)).join(', ')}</>;
}

export function TranslationCoveragePage({
  ctx,
  nav,
  filter,
  items,
}: BackOfficePage & { filter: CoverageFilter; items: TranslationGapItem[] }) {
  const { t, locale } = ctx;
  const base = localePath(locale, '/verwaltung/uebersetzungen');
  const any = { value: '', label: t('register.filter.any') };
  return (
    <BackOfficeLayout ctx={ctx} title={t('coverage.title')} nav={nav} current="translations">
      <h1 class="kern-heading-large">{t('coverage.title')}</h1>
      <p class="kern-body">{t('coverage.intro')}</p>
      <form method="get" action={base} role="search" class="lotse-filters">
        <div class="lotse-filters__grid">
          <SelectField
            id="sprache"
            label={t('coverage.filter.language')}
            value={filter.language ?? ''}
            options={[any, ...translationLanguages.map((l) => ({ value: l, label: languageName(ctx.locale, l) }))]}
          />
          <SelectField
            id="art"
            label={t('coverage.filter.kind')}
            value={filter.kind ?? ''}
            options={[any, ...contentKinds.map((k) => ({ value: k, label: t(`coverage.kind.${k}`) }))]}
          />
        </div>
        <div class="lotse-filters__actions">
          <SubmitButton label={t('register.submit')} kind="secondary" />
        </div>
      </form>
      <p class="kern-body" role="status">
        {t('coverage.count', { count: items.length })}
      </p>
      {items.length > 0 && (
        <DataTable
          caption={t('coverage.caption')}
          striped
          head={
            <>
              <Th>{t('coverage.filter.kind')}</Th>
              <Th>{t('field.title')}</Th>
              <Th>{t('coverage.missing.da')}</Th>
              <Th>{t('coverage.missing.en')}</Th>
            </>
          }
        >
          {items.map((i) => (
            <Tr>
              <Td>{t(`coverage.kind.${i.kind}`)}</Td>
              <Td>
                <a class="kern-link" href={localePath(locale, i.editPath)} lang="de">
                  {i.title.de}
                </a>
              </Td>
              <Td>
                <Missing ctx={ctx} fields={i.missing.da} />
              </Td>
              <Td>
                <Missing ctx={ctx} fields={i.missing.en} />
              </Td>
            </Tr>
          ))}
        </DataTable>
      )}
    </BackOfficeLayout>
  );
}
