// A new interface language is its catalogue files and nothing else: the build finds it, names it and
// formats for it; what Lotse knows only of German, Danish and English (stop words, stemmers, a region for
// Intl) falls back to something sensible instead of failing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain script of the build, without types.
import { generated, languagesOf } from '../../scripts/interface-languages.mjs';
import { formatNumber, intlTag } from '../lib/format.js';
import { type Locale, locales } from '../lib/localized.js';
import { guessLanguage } from '../lib/text-language.js';
import { stemOf } from '../modules/projects/search/text.js';
import { languageName, localeNames } from './index.js';

const i18n = path.dirname(fileURLToPath(import.meta.url));

test('the languages are the catalogue files: German first, the others by code; their parts and other files are not', () => {
  const files = ['de.ts', 'de.staff.ts', 'en.ts', 'da.ts', 'fy.ts', 'fy.staff.ts', 'index.ts', 'join.ts', 'messages.ts', 'da.test.ts'];
  assert.deepEqual(languagesOf(files), ['de', 'da', 'en', 'fy']);
  assert.throws(() => languagesOf(['da.ts', 'en.ts']), /German source catalogue/);
  assert.throws(() => languagesOf(['de.ts', 'frr.ts']), /frr: a content language/);
  const written = generated(['de', 'da', 'en', 'fy']) as Record<string, string>;
  assert.match(written['src/lib/interface-languages.generated.ts']!, /interfaceLanguages = \['de', 'da', 'en', 'fy'\] as const/);
  assert.match(written['src/i18n/catalogues.generated.ts']!, /import \{ fy \} from '\.\/fy\.js';[^]*catalogues = \{ de, da, en, fy \}/);
});

test('the running code knows exactly the catalogues in src/i18n', () => {
  assert.deepEqual([...locales], languagesOf(fs.readdirSync(i18n)));
});

test('a language the catalogues do not name is named by CLDR; each language names itself', () => {
  assert.equal(languageName('de', 'da'), 'Dänisch', 'the catalogue’s word first');
  assert.equal(languageName('de', 'fy'), 'Westfriesisch');
  assert.equal(languageName('en', 'fy'), 'Western Frisian');
  assert.deepEqual(localeNames, { de: 'Deutsch', da: 'Dansk', en: 'English' });
});

test('without a region or word lists of its own a language is formatted by its code and searched by whole words', () => {
  const fy = 'fy' as Locale;
  assert.equal(intlTag(fy), 'fy');
  assert.equal(intlTag('en'), 'en-GB');
  assert.equal(formatNumber(1234.5, 'de'), '1.234,5');
  assert.equal(stemOf('Fytsepaden', fy), 'fytsepaden');
  assert.equal(stemOf('Radwege', 'de'), 'radweg');
  assert.equal(guessLanguage('fytsepaden binne klear'), null, 'no guess from words no list has');
});
