import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessLanguage, resolveTextLanguage } from './text-language.js';

test('guesses German, Danish and English from their stop words', () => {
  assert.equal(guessLanguage('Der Radweg ist zu schmal und die Ampel wird nicht grün.'), 'de');
  assert.equal(guessLanguage('Cykelstien er for smal, og det er ikke sikkert for børnene.'), 'da');
  assert.equal(guessLanguage('The cycle path is too narrow and it is not safe for the children.'), 'en');
});

test('no guess without distinctive words or on a tie', () => {
  assert.equal(guessLanguage('Radweg Nordstraße 12'), null);
  assert.equal(guessLanguage(''), null);
});

test('the writer’s choice wins; a suggestion falls back to the page language', () => {
  assert.equal(resolveTextLanguage('de', 'Cykelstien er for smal, og det er ikke sikkert.', 'en'), 'de');
  assert.equal(resolveTextLanguage('vorschlag', 'Cykelstien er for smal, og det er ikke sikkert.', 'de'), 'da');
  assert.equal(resolveTextLanguage('vorschlag', 'Nordstraße 12', 'en'), 'en');
});
