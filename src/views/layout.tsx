// The frame of every public page: KERN header bar, skip link, navigation, language switch with
// hreflang alternates, footer with the open-data links.
import type { ComponentChildren } from 'preact';
import { localeNames } from '../i18n/index.js';
import { locales } from '../lib/localized.js';
import { DisclosureNav } from './disclosure-nav.js';
import { keptByKey, rendered } from './kept-html.js';
import { PlainLanguageIcon } from './plain-language-icon.js';
import { localePath, type PageContext } from './page-context.js';

export const languageNames = localeNames;

/** The frame's parts that depend only on the language (and the current entry): rendered once each. */
const kept = keptByKey();

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  /** Which main navigation entry is the current page. */
  current?: 'home' | 'register' | 'participation' | 'surveys' | 'events' | 'network' | 'programme' | 'api';
  /** Extra scripts (progressive enhancement only). */
  scripts?: string[];
  /** Extra stylesheets, e.g. for a map. */
  styles?: string[];
  /** Atom feeds of what the page shows, announced to feed readers (`<link rel="alternate">`). */
  feeds?: { href: string; title: string }[];
  noindex?: boolean;
  children: ComponentChildren;
}

function mainNavigation({ t, locale }: PageContext) {
  return [
    { key: 'home', href: localePath(locale, '/'), label: t('site.nav.home') },
    { key: 'register', href: localePath(locale, '/vorhaben'), label: t('site.nav.register') },
    { key: 'participation', href: localePath(locale, '/beteiligung'), label: t('site.nav.participation') },
    { key: 'surveys', href: localePath(locale, '/umfragen'), label: t('site.nav.surveys') },
    { key: 'events', href: localePath(locale, '/veranstaltungen'), label: t('site.nav.events') },
    { key: 'network', href: localePath(locale, '/netzwerk'), label: t('site.nav.network') },
    { key: 'programme', href: localePath(locale, '/programm'), label: t('site.nav.programme') },
    { key: 'api', href: localePath(locale, '/offene-daten'), label: t('site.nav.api') },
  ] as const;
}

export function Layout({ ctx, title, current, scripts = [], styles = [], feeds = [], noindex, children }: LayoutProps) {
  const { t, locale } = ctx;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {rendered(<title>{`${title} – ${t('site.name')}`}</title>)}
        {noindex && <meta name="robots" content="noindex" />}
        {locales.map((l) => (
          <link rel="alternate" hreflang={l} href={`${ctx.baseUrl}${localePath(l, ctx.pathInLocale)}`} />
        ))}
        <link rel="alternate" hreflang="x-default" href={`${ctx.baseUrl}${localePath('de', ctx.pathInLocale)}`} />
        {feeds.map((feed) => (
          <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
        ))}
        {kept('stylesheets', () => (
          <>
            <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css" />
            <link rel="stylesheet" href="/assets/kern/kern.min.css" />
            <link rel="stylesheet" href="/assets/lotse.css" />
            <link rel="stylesheet" href="/assets/disclosure-nav.css" />
          </>
        ))}
        {styles.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <script src="/assets/disclosure-nav.js" defer />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        {kept(`top:${locale}`, () => (
          <>
            <a class="lotse-skip-link" href="#main">
              {t('site.skipToContent')}
            </a>
            <div class="kern-kopfzeile">
              <div class="kern-container">
                <div class="kern-kopfzeile__content">
                  <span class="kern-kopfzeile__label">{t('site.kopfzeile')}</span>
                </div>
              </div>
            </div>
          </>
        ))}
        <header class="lotse-header">
          <div class="kern-container lotse-header__inner">
            {kept(`brand:${locale}`, () => (
              <a class="lotse-brand" href={localePath(locale, '/')}>
                <span class="lotse-brand__name">{t('site.name')}</span>
                <span class="lotse-brand__tagline">{t('site.tagline')}</span>
              </a>
            ))}
            <nav aria-label={t('site.language.label')} class="lotse-languages">
              <ul class="kern-list kern-list--horizontal">
                {locales.map((l) => (
                  <li>
                    <a
                      class="kern-link"
                      href={localePath(l, ctx.pathInLocale)}
                      hreflang={l}
                      lang={l}
                      aria-current={l === locale ? 'true' : undefined}
                    >
                      {languageNames[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {kept(`plain:${locale}`, () => (
              <a class="kern-link lotse-plain-link" href={localePath(locale, '/leichte-sprache')} lang="de">
                <PlainLanguageIcon />
                Leichte Sprache
              </a>
            ))}
          </div>
          {kept(`nav:${locale}:${current ?? ''}`, () => (
            <DisclosureNav
              id="lotse-main-nav"
              class="lotse-nav"
              contained
              label={t('site.nav.label')}
              buttonLabel={t('site.nav.menu')}
              items={mainNavigation(ctx).map((item) => ({ href: item.href, label: item.label, current: current === item.key }))}
            />
          ))}
        </header>
        <main id="main" class="kern-container lotse-main" tabindex={-1}>
          {children}
        </main>
        {kept(`footer:${locale}:${ctx.dataLicense.textUrl}`, () => (
          <Footer ctx={ctx} />
        ))}
      </body>
    </html>
  );
}

function Footer({ ctx }: { ctx: PageContext }) {
  const { t, locale } = ctx;
  return (
    <footer class="lotse-footer">
      <div class="kern-container">
        <p class="kern-body">{t('site.footer.openData')}</p>
        <ul class="kern-list kern-list--horizontal">
          <li>
            <a class="kern-link" href="/api/v1/openapi.json">
              {t('site.footer.apiDocs')}
            </a>
          </li>
          <li>
            <a class="kern-link" href="/api/v1/projects.csv">
              {t('site.footer.csv')}
            </a>
          </li>
        </ul>
        <p class="kern-body kern-body--small">
          {t('site.footer.dataLicense')}{' '}
          <a class="kern-link" rel="license" href={ctx.dataLicense.textUrl}>
            {ctx.dataLicense.name[locale] ?? ctx.dataLicense.name.de}
          </a>
        </p>
        <nav aria-label={t('site.footer.legal')}>
          <ul class="kern-list kern-list--horizontal">
            <li>
              <a class="kern-link" href={localePath(locale, '/impressum')}>
                {t('legal.imprint.title')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={localePath(locale, '/datenschutz')}>
                {t('legal.privacy.title')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={localePath(locale, '/barrierefreiheit')}>
                {t('legal.accessibility.title')}
              </a>
            </li>
          </ul>
        </nav>
        <p class="kern-body kern-body--small">
          {t('site.footer.license')}{' '}
          <a class="kern-link" href={localePath(locale, '/anmelden')}>
            {t('signin.footerLink')}
          </a>
        </p>
      </div>
    </footer>
  );
}

/** A short page for a step behind an e-mailed link (confirm, see, cancel): heading and content, not indexed. */
export function StepPage({
  ctx,
  title,
  current,
  children,
}: {
  ctx: PageContext;
  title: string;
  current?: LayoutProps['current'];
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title} noindex current={current}>
      <h1 class="kern-heading-large">{title}</h1>
      {children}
    </Layout>
  );
}
