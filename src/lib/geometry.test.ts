// Reading places: coordinates typed latitude first, GeoJSON longitude first (RFC 7946), and the
// mistakes people make with both: swapped order, open rings, too few points, text that is no pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boxOf, coordinateListOf, parseCoordinateList, parseGeoJsonPlaces } from './geometry.js';
import { mapSettings } from './map-settings.js';

const region = { minLng: 7.5, minLat: 53.8, maxLng: 10.6, maxLat: 55.2 };
const keys = (r: { problems?: { key: string }[] }) => r.problems?.map((p) => p.key);

test('typed coordinates: latitude first, decimal points or commas, areas closed', () => {
  assert.deepEqual(parseCoordinateList('54.7836, 9.4321', 'point', region), {
    geometry: { type: 'Point', coordinates: [9.4321, 54.7836] },
  });
  assert.deepEqual(parseCoordinateList('54,78 9,43\n54.79; 9.44', 'line', region), {
    geometry: {
      type: 'LineString',
      coordinates: [
        [9.43, 54.78],
        [9.44, 54.79],
      ],
    },
  });
  const area = parseCoordinateList('54.78, 9.43\n54.79, 9.44\n54.78, 9.45', 'area', region);
  assert.ok('geometry' in area && area.geometry.type === 'Polygon');
  assert.deepEqual(area.geometry.coordinates[0]![0], area.geometry.coordinates[0]![3]);
  assert.equal(coordinateListOf(area.geometry), '54.78, 9.43\n54.79, 9.44\n54.78, 9.45');
  assert.deepEqual(boxOf(area.geometry), { minLng: 9.43, minLat: 54.78, maxLng: 9.45, maxLat: 54.79 });
});

test('typed coordinates: what is refused', () => {
  assert.deepEqual(keys(parseCoordinateList('9.4321, 54.7836', 'point', region) as never), ['geo.error.swapped']);
  assert.deepEqual(keys(parseCoordinateList('54.78, 9.43\nnorth', 'line', region) as never), ['geo.error.line']);
  assert.deepEqual(keys(parseCoordinateList('54.78, 9.43', 'line', region) as never), ['geo.error.linePoints']);
  assert.deepEqual(keys(parseCoordinateList('54.78, 9.43\n54.79, 9.44', 'area', region) as never), ['geo.error.areaPoints']);
  assert.deepEqual(keys(parseCoordinateList('54.78, 9.43\n54.79, 9.44', 'point', region) as never), ['geo.error.onePoint']);
  assert.deepEqual(keys(parseCoordinateList('95, 9.43', 'point', region) as never), ['geo.error.range']);
  assert.deepEqual(keys(parseCoordinateList('  \n', 'point', region) as never), ['geo.error.empty']);
});

test('GeoJSON: features with names, multi-geometries split, altitude dropped; open rings and swapped order refused', () => {
  const fc = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Haltestellen' },
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [9.43, 54.78, 12],
            [9.44, 54.79],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [9.43, 54.78],
            [9.44, 54.79],
          ],
        },
      },
    ],
  };
  assert.deepEqual(parseGeoJsonPlaces(JSON.stringify(fc), region), {
    places: [
      { label: 'Haltestellen', geometry: { type: 'Point', coordinates: [9.43, 54.78] } },
      { label: 'Haltestellen', geometry: { type: 'Point', coordinates: [9.44, 54.79] } },
      {
        label: null,
        geometry: {
          type: 'LineString',
          coordinates: [
            [9.43, 54.78],
            [9.44, 54.79],
          ],
        },
      },
    ],
  });
  const open = {
    type: 'Polygon',
    coordinates: [
      [
        [9.43, 54.78],
        [9.44, 54.79],
        [9.45, 54.78],
        [9.46, 54.77],
      ],
    ],
  };
  assert.deepEqual(new Set(keys(parseGeoJsonPlaces(JSON.stringify(open), region) as never)), new Set(['geo.error.invalid']));
  assert.deepEqual(keys(parseGeoJsonPlaces(JSON.stringify({ type: 'Point', coordinates: [54.78, 9.43] }), region) as never), [
    'geo.error.swapped',
  ]);
  assert.deepEqual(keys(parseGeoJsonPlaces('{"type":', region) as never), ['geo.error.invalid']);
});

test('map tiles: OpenStreetMap behind consent by default; a named server is the installation’s own', () => {
  const byDefault = mapSettings(undefined, undefined, undefined);
  assert.equal(byDefault.consentRequired, true);
  assert.equal(byDefault.origin, 'https://tile.openstreetmap.org');
  const own = mapSettings('https://karten.flensburg.de/tiles/{z}/{x}/{y}.png', '© Stadt Flensburg', undefined);
  assert.deepEqual(own, {
    tileUrl: 'https://karten.flensburg.de/tiles/{z}/{x}/{y}.png',
    attribution: '© Stadt Flensburg',
    consentRequired: false,
    origin: 'https://karten.flensburg.de',
  });
  assert.equal(mapSettings('/kacheln/{z}/{x}/{y}.png', undefined, undefined).origin, "'self'");
  assert.equal(mapSettings('https://tiles.example.com/{z}/{x}/{y}.png', undefined, 'true').consentRequired, true);
});
