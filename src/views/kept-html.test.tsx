// Kept HTML: the renderer's own output, sent again, escaped as ever and in one byte per character.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { serialize } from 'node:v8';
import { renderToString } from 'preact-render-to-string';
import { keptByKey, keptFor, rendered } from './kept-html.js';

/** Whether V8 holds the string in one byte per character (its serialised form says which). */
const oneByte = (s: string) => serialize(s)[2] === 0x22;

describe('kept HTML', () => {
  test('is written out as rendered: escaped text, characters beyond Latin-1 as references', () => {
    const kept = keptByKey();
    const html = renderToString(
      <p>
        {kept('x', () => (
          <span title="„Zitat“ & mehr">{'<script>alert(1)</script> – Grüße 😀'}</span>
        ))}
      </p>,
    );
    assert.equal(
      html,
      '<p><span title="&#8222;Zitat&#8220; &amp; mehr">&lt;script>alert(1)&lt;/script> &#8211; Grüße &#128512;</span></p>',
    );
  });

  test('keeps the page in one byte per character, so that it is measured and encoded fast', () => {
    const page = renderToString(
      <main>
        {rendered(<title>Vorhabenliste – Lotse</title>)}
        <p>Parkplätze</p>
      </main>,
    );
    assert.ok(page.includes('&#8211;'));
    assert.ok(oneByte(page));
    assert.ok(!oneByte(renderToString(<title>Vorhabenliste – Lotse</title>)), 'rendered plainly, a dash makes it two bytes');
  });

  test('renders once per key, and again for another key', () => {
    const kept = keptByKey();
    let made = 0;
    const make = (text: string) => () => (made++, (<b>{text}</b>));
    const first = renderToString(kept('de', make('Suche')));
    const again = renderToString(kept('de', make('ignored')));
    const other = renderToString(kept('en', make('Search')));
    assert.deepEqual([first, again, other, made], ['<b>Suche</b>', '<b>Suche</b>', '<b>Search</b>', 2]);
  });

  test('per object: a changed Vorhaben (a new object) is rendered anew', () => {
    const kept = keptFor<{ status: string }>();
    const before = { status: 'geplant' };
    const after = { status: 'abgeschlossen' };
    const badge = (p: { status: string }) => () => <span>{p.status}</span>;
    assert.equal(renderToString(kept(before, 'de', badge(before))), '<span>geplant</span>');
    assert.equal(renderToString(kept(before, 'de', badge(after))), '<span>geplant</span>');
    assert.equal(renderToString(kept(after, 'de', badge(after))), '<span>abgeschlossen</span>');
  });

  test('refuses a script, style or other raw-text element, where a character reference would not be read', () => {
    const kept = keptByKey();
    assert.throws(() => kept('s', () => <script src="/a.js" />), /raw-text element/);
    assert.throws(() => kept('t', () => <style>{'p{}'}</style>), /raw-text element/);
    assert.throws(() => kept('n', () => <noscript>–</noscript>), /raw-text element/);
  });
});
