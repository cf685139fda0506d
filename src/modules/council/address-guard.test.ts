import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onOrigin } from './address-guard.js';

test('only addresses on the system address’s server are read (an upgrade to https of the same host allowed)', () => {
  const system = 'http://ris.example.org/oparl/system';
  const cases: [string, string, boolean][] = [
    [system, 'http://ris.example.org/oparl/body/1/paper?page=2', true],
    [system, 'https://ris.example.org/oparl/body/1', true],
    [system, 'http://ris.example.org:8080/oparl/body/1', false],
    [system, 'https://ris.example.org:8443/oparl/body/1', false],
    [system, 'http://other.example.org/oparl/body/1', false],
    [system, 'http://sub.ris.example.org/oparl/body/1', false],
    ['https://ris.example.org/oparl/system', 'http://ris.example.org/oparl/body/1', false],
    ['https://ris.example.org/oparl/system', 'https://ris.example.org:443/oparl/body/1', true],
    ['http://127.0.0.1:4000/system', 'http://127.0.0.1:4001/system', false],
    ['http://127.0.0.1:4000/system', 'http://127.0.0.1:4000/body', true],
  ];
  for (const [own, url, expected] of cases) assert.equal(onOrigin(url, own), expected, `${url} from ${own}`);
});
