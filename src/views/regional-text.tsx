// The texts of a Vorhaben, event or process in North Frisian or Low German, behind a switch of their own:
// links (no JavaScript, the address can be shared) add `?text=frr` or `?text=nds` to the item's page,
// which then shows that text in an element with its `lang`. The page's interface stays in its locale.
import { type LocalizedText, type RegionalLanguage, isRegionalLanguage, regionalLanguages } from '../lib/localized.js';
import { Markdown } from './components.js';
import type { PageContext } from './page-context.js';

/** The query parameter that shows a regional text. */
export const REGIONAL_TEXT_PARAM = 'text';

/** Names of the regional languages in themselves, for the switch's links (as the language switch does). */
export const regionalLanguageNames: Record<RegionalLanguage, string> = { frr: 'Nordfriisk', nds: 'Plattdüütsch' };

/** The regional language a request asks for (`?text=frr`), or null. */
export function regionalTextOf(query: unknown): RegionalLanguage | null {
  const value = (query as Record<string, unknown> | undefined)?.[REGIONAL_TEXT_PARAM];
  return isRegionalLanguage(value) ? value : null;
}

export interface RegionalTexts {
  title: LocalizedText | null;
  /** Markdown. */
  description: LocalizedText | null;
}

/** The regional languages the item has a title or description in. */
export function regionalLanguagesOf(texts: RegionalTexts): RegionalLanguage[] {
  return regionalLanguages.filter((l) => !!(texts.title?.[l]?.trim() || texts.description?.[l]?.trim()));
}

const SECTION_ID = 'regionaler-text';

/**
 * `page`: the item's address without query (with the locale prefix); `shown`: the language asked for.
 * Nothing when the item has no regional text.
 */
export function RegionalTextSwitch({
  ctx,
  page,
  texts,
  shown,
}: {
  ctx: PageContext;
  page: string;
  texts: RegionalTexts;
  shown: RegionalLanguage | null;
}) {
  const { t } = ctx;
  const available = regionalLanguagesOf(texts);
  if (available.length === 0) return null;
  const current = shown && available.includes(shown) ? shown : null;
  const others = available.filter((l) => l !== current);
  const links = others.length > 0 && (
    <p class="lotse-regional-switch">
      {t('regional.switch.label')}{' '}
      {others.map((l, i) => (
        <>
          {i > 0 && ' · '}
          <a class="kern-link" href={`${page}?${REGIONAL_TEXT_PARAM}=${l}#${SECTION_ID}`} hreflang={l}>
            <span lang={l}>{regionalLanguageNames[l]}</span> ({t(`regional.language.${l}`)})
          </a>
        </>
      ))}
    </p>
  );
  if (!current) return links;
  const title = texts.title?.[current]?.trim();
  const description = texts.description?.[current]?.trim();
  const language = t(`regional.language.${current}`);
  return (
    <>
      <section class="lotse-section lotse-regional" id={SECTION_ID} aria-labelledby={`${SECTION_ID}-heading`}>
        <h2 class="kern-heading-medium" id={`${SECTION_ID}-heading`}>
          {t('regional.section.title', { language })}
        </h2>
        <div lang={current}>
          {title && <h3 class="kern-heading-small">{title}</h3>}
          {description && <Markdown source={description} />}
        </div>
        <p>
          <a class="kern-link" href={page}>
            {t('regional.switch.hide', { language })}
          </a>
        </p>
      </section>
      {links}
    </>
  );
}
