// A Vorhaben's summary in Leichte Sprache behind a clear switch at the top of its page: a link that
// shows it (works without JavaScript, the address can be shared) and one back to the standard text.
import { localePath, type PageContext } from '../../views/page-context.js';
import { PlainLanguageIcon } from '../../views/plain-language-icon.js';

/** The query that shows the summary in Leichte Sprache on a Vorhaben's page. */
export const PLAIN_VIEW = { name: 'ansicht', value: 'leicht' } as const;

export function PlainLanguageSwitch({
  ctx,
  slug,
  summary,
  shown,
}: {
  ctx: PageContext;
  slug: string;
  summary: string | null;
  shown: boolean;
}) {
  const { t, locale } = ctx;
  if (!summary) return null;
  const page = localePath(locale, `/vorhaben/${encodeURIComponent(slug)}`);
  if (!shown)
    return (
      <p class="lotse-plain-switch">
        <a class="kern-link" href={`${page}?${PLAIN_VIEW.name}=${PLAIN_VIEW.value}#leichte-sprache`}>
          <PlainLanguageIcon />
          {t('plain.switch.show')}
        </a>
      </p>
    );
  return (
    <section class="lotse-section lotse-plain" id="leichte-sprache" aria-labelledby="leichte-sprache-heading" lang="de">
      <h2 class="kern-heading-medium" id="leichte-sprache-heading">
        <PlainLanguageIcon />
        {t('plain.section.title')}
      </h2>
      {summary
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => (
          <p class="kern-body lotse-preline">{paragraph}</p>
        ))}
      <p>
        <a class="kern-link" href={page} lang={locale}>
          {t('plain.switch.hide')}
        </a>
      </p>
    </section>
  );
}
