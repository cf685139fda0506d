// The frame of back-office pages: the public layout (never indexed) with a second navigation that
// offers only what the signed-in person may use (navigation.ts), and their own account last.
import type { ComponentChildren } from 'preact';
import type { BackOfficeNav } from './navigation.js';
import { DisclosureNav } from '../../views/disclosure-nav.js';
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';

/** What every back-office page gets: the page's context, the navigation for this person, the form token. */
export interface BackOfficePage {
  ctx: PageContext;
  nav: BackOfficeNav;
  csrf: string;
}

export function BackOfficeLayout({
  ctx,
  title,
  nav,
  current,
  styles,
  scripts,
  children,
}: {
  ctx: PageContext;
  title: string;
  nav: BackOfficeNav;
  current: string;
  styles?: string[];
  scripts?: string[];
  children: ComponentChildren;
}) {
  const { t, locale } = ctx;
  const items = [...nav.items, { key: 'account', path: '/konto', label: 'backoffice.nav.account' as const }];
  return (
    <Layout ctx={ctx} title={title} noindex styles={styles} scripts={scripts}>
      <DisclosureNav
        id="lotse-backoffice-nav"
        class="lotse-backoffice-nav"
        label={t('backoffice.nav.label')}
        buttonLabel={t('backoffice.nav.menu')}
        items={items.map((i) => ({ href: localePath(locale, i.path), label: t(i.label), current: i.key === current }))}
      />
      {children}
    </Layout>
  );
}
