// The frame of back-office pages: the public layout (never indexed) with a second navigation that
// offers only what the signed-in person may use.
import type { ComponentChildren } from 'preact';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';

export interface BackOfficeNav {
  editorial: boolean;
  events: boolean;
  participation: boolean;
  moderation: boolean;
  /** The agency gets the network overview, coordinators the advisory cases of their municipality. */
  network: false | 'overview' | 'cases';
  /** Programme finances: finance and admins keep the books, the agency reads. */
  finance: boolean;
  import: boolean;
  municipalities: boolean;
  audit: boolean;
  users: boolean;
}

/** What every back-office page gets: the page's context, the navigation for this person, the form token. */
export interface BackOfficePage {
  ctx: PageContext;
  nav: BackOfficeNav;
  csrf: string;
}

export type BackOfficeSection = 'editorial' | 'events' | 'participation' | 'moderation' | 'network' | 'finance' | 'import' | 'municipalities' | 'users' | 'audit' | 'account';

export function BackOfficeLayout({ ctx, title, nav, current, styles, children }: { ctx: PageContext; title: string; nav: BackOfficeNav; current: BackOfficeSection; styles?: string[]; children: ComponentChildren }) {
  const { t, locale } = ctx;
  const items = [
    nav.editorial && { key: 'editorial', href: localePath(locale, '/verwaltung'), label: t('backoffice.nav.editorial') },
    nav.events && { key: 'events', href: localePath(locale, '/verwaltung/veranstaltungen'), label: t('backoffice.nav.events') },
    nav.participation && { key: 'participation', href: localePath(locale, '/verwaltung/beteiligung'), label: t('backoffice.nav.participation') },
    nav.moderation && { key: 'moderation', href: localePath(locale, '/verwaltung/moderation'), label: t('backoffice.nav.moderation') },
    nav.network && { key: 'network', href: localePath(locale, nav.network === 'cases' ? '/verwaltung/beratung' : '/verwaltung/netzwerk'), label: t('backoffice.nav.network') },
    nav.finance && { key: 'finance', href: localePath(locale, '/verwaltung/finanzen'), label: t('backoffice.nav.finance') },
    nav.import && { key: 'import', href: localePath(locale, '/verwaltung/import'), label: t('backoffice.nav.import') },
    nav.municipalities && { key: 'municipalities', href: localePath(locale, '/verwaltung/kommunen'), label: t('backoffice.nav.municipalities') },
    nav.users && { key: 'users', href: localePath(locale, '/verwaltung/konten'), label: t('backoffice.nav.users') },
    nav.audit && { key: 'audit', href: localePath(locale, '/verwaltung/protokoll'), label: t('backoffice.nav.audit') },
    { key: 'account', href: localePath(locale, '/konto'), label: t('backoffice.nav.account') },
  ].filter((i): i is { key: BackOfficeSection; href: string; label: string } => !!i);
  return (
    <Layout ctx={ctx} title={title} noindex styles={styles}>
      <nav aria-label={t('backoffice.nav.label')} class="lotse-backoffice-nav">
        <ul class="kern-list kern-list--horizontal">
          {items.map((i) => (
            <li>
              <a class="kern-link" href={i.href} aria-current={i.key === current ? 'page' : undefined}>
                {i.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Layout>
  );
}
