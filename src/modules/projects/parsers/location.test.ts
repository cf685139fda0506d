import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLocation, type LocationResult } from './location.js';

const point = (lat: number, lng: number): LocationResult => ({ ok: true, value: { lat, lng, address: null } });
const address = (text: string): LocationResult => ({ ok: true, value: { lat: null, lng: null, address: text } });
const outOfRange: LocationResult = { ok: false, reason: 'location.out_of_range' };

// 54°22'37.6" is 54 + 22/60 + 37.6/3600 degrees.
const dms = (degrees: number, minutes: number, seconds: number): number => degrees + minutes / 60 + seconds / 3600;

const cases: { input: string; expected: LocationResult }[] = [
  { input: '', expected: { ok: true, value: null } },
  { input: '   ', expected: { ok: true, value: null } },
  { input: '54.3771, 9.0857', expected: point(54.3771, 9.0857) },
  { input: '54.3771,9.0857', expected: point(54.3771, 9.0857) },
  { input: '54,3771; 9,0857', expected: point(54.3771, 9.0857) },
  { input: '54,3771 9,0857', expected: point(54.3771, 9.0857) },
  { input: '54.3771 9.0857', expected: point(54.3771, 9.0857) },
  { input: '  54.3771 ,  9.0857  ', expected: point(54.3771, 9.0857) },
  { input: '54.3771/9.0857', expected: point(54.3771, 9.0857) },
  { input: 'N 54.3771 E 9.0857', expected: point(54.3771, 9.0857) },
  { input: 'N54.3771 E9.0857', expected: point(54.3771, 9.0857) },
  { input: '54.3771 N, 9.0857 E', expected: point(54.3771, 9.0857) },
  { input: '54.3771°N 9.0857°E', expected: point(54.3771, 9.0857) },
  { input: '54.3771° N, 9.0857° O', expected: point(54.3771, 9.0857) },
  { input: 'E 9.0857 N 54.3771', expected: point(54.3771, 9.0857) },
  { input: 'S 33.8688 E 151.2093', expected: point(-33.8688, 151.2093) },
  { input: '-33.8688, 151.2093', expected: point(-33.8688, 151.2093) },
  { input: '40.7128 N, 74.0060 W', expected: point(40.7128, -74.006) },
  { input: 'lat: 54.3771, lng: 9.0857', expected: point(54.3771, 9.0857) },
  { input: 'Breite 54,3771; Länge 9,0857', expected: point(54.3771, 9.0857) },
  { input: `54°22'37.6"N 9°05'08.5"E`, expected: point(dms(54, 22, 37.6), dms(9, 5, 8.5)) },
  { input: `54°22'37.6"N9°05'08.5"E`, expected: point(dms(54, 22, 37.6), dms(9, 5, 8.5)) },
  { input: `N 54° 47.0' E 9° 26.0'`, expected: point(dms(54, 47, 0), dms(9, 26, 0)) },
  { input: 'geo:54.3771,9.0857', expected: point(54.3771, 9.0857) },
  { input: 'geo:54.3771,9.0857;u=35', expected: point(54.3771, 9.0857) },
  { input: 'https://www.google.com/maps/@54.7833,9.4333,15z', expected: point(54.7833, 9.4333) },
  { input: 'https://www.openstreetmap.org/?mlat=54.7833&mlon=9.4333#map=15/54.7833/9.4333', expected: point(54.7833, 9.4333) },
  { input: '54, 9', expected: point(54, 9) },
  { input: '90, 180', expected: point(90, 180) },
  { input: '-90, -180', expected: point(-90, -180) },
  { input: '91.0, 9.0857', expected: outOfRange },
  { input: '54.3771, 181.5', expected: outOfRange },
  { input: '-95, 9', expected: outOfRange },
  { input: `54°75'00"N 9°05'08"E`, expected: outOfRange },
  { input: 'Südermarkt, 24937 Flensburg', expected: address('Südermarkt, 24937 Flensburg') },
  { input: 'Flensburg', expected: address('Flensburg') },
  { input: '  Flensburg  ', expected: address('Flensburg') },
  { input: 'Holm 12, Flensburg', expected: address('Holm 12, Flensburg') },
  { input: '24937', expected: address('24937') },
  { input: '24937 Flensburg', expected: address('24937 Flensburg') },
  { input: 'Breite Straße 5', expected: address('Breite Straße 5') },
  { input: 'Kreisgebiet Nordfriesland', expected: address('Kreisgebiet Nordfriesland') },
  { input: '54.3771', expected: address('54.3771') },
  { input: 'N 54.3771 N 9.0857', expected: address('N 54.3771 N 9.0857') },
  { input: 'https://maps.app.goo.gl/abc123', expected: address('https://maps.app.goo.gl/abc123') },
];

for (const { input, expected } of cases) {
  test(`parseLocation(${JSON.stringify(input)})`, () => {
    assert.deepEqual(parseLocation(input), expected);
  });
}
