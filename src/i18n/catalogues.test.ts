// Every message exists in every language, is not empty, keeps the German placeholders, and has each
// plural form its language needs; every German key is used somewhere in src/. A missing {count} in a
// translation, a missing "one" form or a forgotten key would show users a wrong or broken sentence.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../lib/localized.js';
import { catalogues as found } from './catalogues.generated.js';
import { de } from './de.js';
import { t } from './index.js';
import type { Message } from './messages.js';

// Every interface language's catalogue, as scripts/interface-languages.mjs found them: a new one is checked too.
const catalogues = found as Record<Locale, Record<string, Message>>;
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const forms = (m: Message): [string, string][] => (typeof m === 'string' ? [['text', m]] : Object.entries(m));
/** The placeholders of a message apart from {count}, over all its forms. */
const names = (m: Message) => [...new Set(forms(m).flatMap(([, s]) => placeholders(s)))].filter((n) => n !== 'count').sort();

for (const [name, catalogue] of Object.entries(catalogues).filter(([name]) => name !== 'de')) {
  test(`${name}: same keys as German, same kind of message, same placeholders`, () => {
    const keys = new Set(Object.keys(catalogue));
    const germanKeys = new Set(Object.keys(de));
    assert.deepEqual(
      [...germanKeys].filter((k) => !keys.has(k)),
      [],
      `keys missing in ${name}`,
    );
    assert.deepEqual(
      [...keys].filter((k) => !germanKeys.has(k)),
      [],
      `keys in ${name} that German does not have`,
    );
    for (const [key, german] of Object.entries(de) as [string, Message][]) {
      const message = (catalogue as Record<string, Message>)[key]!;
      assert.equal(typeof message, typeof german, `${name} ${key}: plural forms exactly where German has them`);
      assert.deepEqual(names(message), names(german), `${name} ${key} placeholders`);
    }
  });
}

for (const [lang, catalogue] of Object.entries(catalogues) as [Locale, Record<string, Message>][]) {
  test(`${lang}: no empty text; plural messages have exactly the plural forms of ${lang}, each with its placeholders`, () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const [key, message] of Object.entries(catalogue)) {
      for (const [form, text] of forms(message)) assert.ok(text.trim().length > 0, `${lang} ${key} ${form} is empty`);
      if (typeof message === 'string') continue;
      assert.deepEqual(Object.keys(message).sort(), categories, `${lang} ${key}: plural forms`);
      // "one" may spell the number out ("én støtte"); the general form must show it.
      assert.ok(placeholders(message.other).includes('count'), `${lang} ${key}: the "other" form shows {count}`);
      for (const [form, text] of forms(message))
        assert.deepEqual(
          placeholders(text).filter((n) => n !== 'count'),
          names(message),
          `${lang} ${key} ${form} placeholders`,
        );
    }
  });
}

// Unused keys. A key counts as used when src/ (without the catalogues, tests and comments) holds it as a
// quoted string, or when a template literal builds it: `ideas.status.${s}` uses every ideas.status.X
// (each ${…} stands for one dot-free segment). Keys put together any other way are listed here.
const builtElsewhere: Record<string, string> = {
  'network.mail.case.': 'advisory.service.ts mailTeam() appends .subject/.text to one of two literal keys',
};

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogueFile = /^i18n\/[a-z]{2,3}(\.[\w-]+)?\.ts$/;
const sources = (fs.readdirSync(srcDir, { recursive: true }) as string[])
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !catalogueFile.test(f))
  .map((f) =>
    fs
      .readFileSync(path.join(srcDir, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1'),
  )
  .join('\n');
const quoted = new Set([...sources.matchAll(/(['"`])([\w-]+(?:\.[\w-]+)+)\1/g)].map((m) => m[2]!));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const built = [...sources.matchAll(/`((?:[\w-]+\.)+(?:\$\{[^}`]*\}|[\w-]+)(?:\.(?:\$\{[^}`]*\}|[\w-]+))*)`/g)]
  .map((m) => m[1]!)
  .filter((s) => s.includes('${'))
  .map(
    (s) =>
      new RegExp(
        `^${s
          .split(/\$\{[^}`]*\}/)
          .map(escape)
          .join('[\\w-]+')}$`,
      ),
  );

test('every German key is used in src/ (dynamic keys through a template literal or the short list above)', () => {
  const unused = Object.keys(de).filter(
    (k) => !quoted.has(k) && !built.some((re) => re.test(k)) && !Object.keys(builtElsewhere).some((p) => k.startsWith(p)),
  );
  assert.deepEqual(unused, [], 'keys nobody uses: delete them from de, da and en');
});

test('the list of keys built elsewhere is still needed', () => {
  for (const prefix of Object.keys(builtElsewhere)) {
    const covered = Object.keys(de).filter((k) => k.startsWith(prefix));
    assert.ok(covered.length > 0, `${prefix} matches no key`);
    assert.ok(
      covered.some((k) => !quoted.has(k) && !built.some((re) => re.test(k))),
      `${prefix} is found without the list`,
    );
  }
});

test('the scan sees literal and built keys', () => {
  assert.ok(quoted.has('register.results.count'));
  assert.ok(built.some((re) => re.test('ideas.status.accepted')) && !built.some((re) => re.test('ideas.title')));
});

test('t() fills placeholders and leaves unknown ones visible', () => {
  assert.equal(t('de', 'register.results.count', { count: 12 }), '12 Vorhaben gefunden');
  assert.equal(t('en', 'register.results.count', { count: 3 }), '3 projects found');
  // @ts-expect-error: the German text needs {count}; the type check refuses the call without it
  assert.equal(t('de', 'register.results.count'), '{count} Vorhaben gefunden');
  // @ts-expect-error: {version} is missing
  assert.equal(t('de', 'project.changelog.version', {}), 'Version {version}');
});

test('t() picks the plural form of the language', () => {
  const supports = (lang: Locale, count: number) => t(lang, 'ideas.supports', { count });
  assert.deepEqual(
    [0, 1, 2].map((n) => supports('de', n)),
    ['0 Unterstützungen', '1 Unterstützung', '2 Unterstützungen'],
  );
  assert.deepEqual(
    [0, 1, 2].map((n) => supports('en', n)),
    ['Supported by 0 people', 'Supported by 1 person', 'Supported by 2 people'],
  );
  assert.deepEqual(
    [0, 1, 2].map((n) => supports('da', n)),
    ['Støttet af 0 personer', 'Støttet af 1 person', 'Støttet af 2 personer'],
  );
  assert.equal(t('en', 'register.results.count', { count: 1 }), '1 project found');
  assert.equal(t('de', 'participation.request.progress', { signed: 0, count: 1 }), '0 von 1 Unterschrift');
});

test('t() writes numbers the way the language does', () => {
  assert.equal(t('de', 'ideas.supports', { count: 10000 }), '10.000 Unterstützungen');
  assert.equal(t('da', 'ideas.supports', { count: 10000 }), 'Støttet af 10.000 personer');
  assert.equal(t('en', 'ideas.supports', { count: 10000 }), 'Supported by 10,000 people');
  assert.equal(t('de', 'participation.request.progress', { signed: 1234, count: 10000 }), '1.234 von 10.000 Unterschriften');
  // Text stays as it is: an identifier passed as a string is not grouped.
  assert.equal(t('de', 'network.mail.teamMessage.text', { id: '12345' }).endsWith('Beratungsfall 12345 geschrieben.'), true);
});
