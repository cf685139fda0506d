// Unit tests of notifications: reading what to follow, composing a mail (grouped per Vorhaben, in the
// resident's language, capped, with the unsubscribe link and headers), and the follows section.
import { DATA_LICENSES } from '../../lib/data-licenses.js';
import { mapSettings } from '../../lib/map-settings.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { translator } from '../../i18n/index.js';
import { FollowsSection } from './follows.views.js';
import { parseTarget } from './follows.service.js';
import { composeMail, type PendingRow } from './notifications.service.js';

test('parseTarget takes exactly one of vorhaben, thema, kommune with a plausible slug', () => {
  assert.deepEqual(parseTarget({ vorhaben: 'radweg-nord' }), { kind: 'project', slug: 'radweg-nord' });
  assert.deepEqual(parseTarget({ thema: 'mobilitaet', _csrf: 'x', weiter: '/de/x' }), { kind: 'topic', slug: 'mobilitaet' });
  assert.deepEqual(parseTarget({ kommune: 'flensburg', vorhaben: '' }), { kind: 'municipality', slug: 'flensburg' });
  for (const bad of [
    {},
    { vorhaben: 'a', thema: 'b' },
    { vorhaben: '../x' },
    { vorhaben: ['a', 'b'] },
    { kommune: 'A' },
    { vorhaben: 'x'.repeat(201) },
    null,
  ])
    assert.equal(parseTarget(bad), null, JSON.stringify(bad));
});

const row = (over: Partial<PendingRow>): PendingRow => ({
  id: '1',
  resident_id: 7,
  project_id: 1,
  kind: 'comment',
  link: '/vorhaben/a#kommentar-1',
  text: null,
  email: 'r@example.org',
  locale: 'de',
  unsubscribe_token: 'tok_en-123',
  project_slug: 'a',
  project_title: { de: 'Vorhaben A', en: 'Project A' },
  ...over,
});

test('a mail groups items per Vorhaben in the resident’s language and carries the unsubscribe link and headers', () => {
  const rows = [
    row({ id: '1', text: 'Erster\n  Kommentar' }),
    row({ id: '2', kind: 'published', link: '/vorhaben/a#changelog', text: 'Neue Kosten' }),
    row({ id: '3', project_id: 2, project_slug: 'b', project_title: { de: 'Vorhaben B' }, kind: 'event', link: '/veranstaltungen/e' }),
  ];
  const de = composeMail(rows, 'daily', 'https://lotse.example');
  assert.equal(de.to, 'r@example.org');
  assert.equal(de.subject, 'Ihre tägliche Zusammenfassung: 3 Neuigkeiten');
  const a = de.text.indexOf('Vorhaben A\nhttps://lotse.example/de/vorhaben/a\n');
  const b = de.text.indexOf('Vorhaben B\nhttps://lotse.example/de/vorhaben/b\n');
  assert.ok(a >= 0 && b > a);
  assert.ok(de.text.includes('- Neuer Kommentar: Erster Kommentar\n  https://lotse.example/de/vorhaben/a#kommentar-1'));
  assert.ok(de.text.includes('- Neue Fassung veröffentlicht: Neue Kosten'));
  assert.ok(de.text.slice(b).includes('- Veranstaltung angekündigt\n  https://lotse.example/de/veranstaltungen/e'));
  assert.ok(de.text.includes('https://lotse.example/de/benachrichtigungen/abbestellen?token=tok_en-123'));
  assert.deepEqual(de.headers, {
    'List-Unsubscribe': '<https://lotse.example/de/benachrichtigungen/abbestellen?token=tok_en-123>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });

  const en = composeMail(
    rows.map((r) => ({ ...r, locale: 'en' })),
    'immediate',
    'https://lotse.example',
  );
  assert.equal(en.subject, 'News about projects you follow');
  assert.ok(
    en.text.includes('Project A\nhttps://lotse.example/en/vorhaben/a') && en.text.includes('Vorhaben B'),
    'German when there is no translation',
  );
  assert.ok(en.text.includes('/en/benachrichtigungen/abbestellen?token='));
});

test('a long digest lists 100 items and counts the rest; long texts are shortened', () => {
  const rows = Array.from({ length: 130 }, (_, i) => row({ id: String(i), text: 'x'.repeat(1000) }));
  const mail = composeMail(rows, 'daily', 'https://lotse.example');
  assert.equal(mail.text.split('- Neuer Kommentar').length - 1, 100);
  assert.ok(mail.text.includes('… und 30 weitere Nachrichten.'));
  assert.ok(!mail.text.includes('x'.repeat(301)));
  assert.ok(mail.text.length < 100_000);
});

test('the follows section lists follows with a stop button each and offers what is not followed yet', () => {
  const ctx = {
    locale: 'de' as const,
    t: translator('de'),
    pathInLocale: '/buergerkonto',
    baseUrl: 'https://lotse.example',
    dataLicense: DATA_LICENSES['dl-by-de/2.0'],
    map: mapSettings(undefined, undefined, undefined),
  };
  const html = renderToString(
    FollowsSection({
      ctx,
      csrf: 'c'.repeat(32),
      returnTo: '/de/buergerkonto',
      data: {
        notifyMode: 'daily',
        follows: [
          { id: 4, kind: 'project', slug: 'radweg', name: { de: 'Radweg <Nord>' }, since: new Date('2026-12-01T10:00:00Z') },
          { id: 5, kind: 'municipality', slug: 'flensburg', name: { de: 'Flensburg' }, since: new Date('2026-12-02T10:00:00Z') },
        ],
        topics: [{ slug: 'mobilitaet', name: { de: 'Mobilität', en: 'Mobility' } }],
        municipalities: [],
      },
    }),
  );
  assert.ok(html.includes('Radweg &lt;Nord>') || html.includes('Radweg &lt;Nord&gt;'));
  assert.equal(html.split('action="/de/folgen/beenden"').length - 1, 2);
  assert.ok(html.includes('name="id" value="4"') && html.includes('aria-label="Nicht mehr folgen: Flensburg"'));
  assert.ok(html.includes('name="thema"') && html.includes('value="mobilitaet"'));
  assert.ok(!html.includes('name="kommune"'), 'no municipality left to follow');
  assert.ok(html.includes('name="weiter" value="/de/buergerkonto"'));
  assert.ok(html.includes('einmal täglich als Zusammenfassung'));
});
