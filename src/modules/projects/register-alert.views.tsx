// The "Benachrichtigen" form below the register's results: it carries the current filter (not the page)
// to the alerts module's subscription page, where the address is entered. A plain GET form, so the
// register page stays the same for everyone and cacheable. Beside it, the link to the list's editions.
import { SubmitButton } from '../../views/form-fields.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { ProjectFilters } from './project.types.js';

export function RegisterAlertForm({ ctx, filters }: { ctx: PageContext; filters: ProjectFilters }) {
  const { t, locale } = ctx;
  const carried = Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return (
    <section aria-labelledby="alert-heading" class="lotse-section">
      <h2 id="alert-heading" class="kern-heading-medium">
        {t('alerts.register.heading')}
      </h2>
      <p class="kern-body">{t('alerts.register.text')}</p>
      <form method="get" action={localePath(locale, '/benachrichtigen')} class="lotse-register-alert">
        {carried.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <SubmitButton label={t('alerts.register.submit')} kind="secondary" />
      </form>
      <p class="kern-body">
        <a class="kern-link" href={localePath(locale, '/vorhabenliste/fortschreibungen')}>
          {t('editions.registerLink')}
        </a>
      </p>
    </section>
  );
}
