// The repository as public-sector open source: the EUPL text, a publiccode.yml that its schema accepts,
// and the files people look for first (how to contribute, how to report a vulnerability, what changed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const file = (name: string) => readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

test('publiccode.yml is valid against the publiccode.yml JSON schema', () => {
  const schema = JSON.parse(file('test/fixtures/publiccode/publiccode.schema.json')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const publiccode = parse(file('publiccode.yml')) as Record<string, unknown>;
  assert.ok(validate(publiccode), JSON.stringify(validate.errors, null, 2));
  assert.equal((publiccode.legal as { license: string }).license, 'EUPL-1.2');
  assert.equal(publiccode.softwareVersion, (JSON.parse(file('package.json')) as { version: string }).version);
  // The schema check is not empty: a broken copy is refused.
  assert.equal(validate({ ...publiccode, developmentStatus: 'finished' }), false);
});

test('LICENSE holds the full EUPL-1.2 text, and package.json names it', () => {
  const license = file('LICENSE');
  assert.match(license, /EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
  for (const part of ['1. Definitions', '5. Obligations of the Licensee', '15. Applicable Law', 'Appendix', 'Compatible Licences'])
    assert.ok(license.includes(part), part);
  assert.ok(license.length > 12_000, 'the whole text, not a notice');
  assert.equal((JSON.parse(file('package.json')) as { license: string }).license, 'EUPL-1.2');
});

test('CONTRIBUTING, SECURITY and a CHANGELOG in the Keep a Changelog format', () => {
  assert.match(file('CONTRIBUTING.md'), /^# Contributing/m);
  assert.match(file('SECURITY.md'), /^## Reporting a vulnerability/m);
  const changelog = file('CHANGELOG.md');
  assert.match(changelog, /keepachangelog\.com/);
  assert.match(changelog, /^## \[Unreleased\]/m);
  assert.match(changelog, /^## \[0\.1\.0\] - \d{4}-\d{2}-\d{2}$/m);
});
