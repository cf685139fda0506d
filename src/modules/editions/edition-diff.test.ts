// The differences between two editions, as a table: added, changed (fields, notes of the versions in
// between), archived (with today's note), restored, untouched.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Project } from '../projects/index.js';
import { diffEditions } from './edition-diff.js';

function project(id: number, version: number, overrides: Partial<Project> = {}): Project {
  return {
    id,
    slug: `v-${id}`,
    title: { de: `Vorhaben ${id}` },
    description: null,
    goals: null,
    status: 'planned',
    statusText: null,
    nextSteps: null,
    expectedDuration: null,
    municipalities: [{ slug: 'flensburg', name: 'Flensburg' }],
    topics: [],
    decisionsText: null,
    decisions: [],
    costs: { text: null, amountCents: null, currency: 'EUR', approximate: false },
    participation: { formal: false, informal: false, text: null },
    location: null,
    contact: null,
    links: [],
    furtherInfo: null,
    summaryPlain: null,
    startDate: null,
    endDate: null,
    addedOn: '2024-01-01',
    publicationState: 'published',
    version,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    changes: Array.from({ length: version }, (_, i) => ({
      version: i + 1,
      changedAt: new Date(0),
      note: { de: `Notiz ${id}.${i + 1}` },
      fields: [],
    })),
    decisionIds: [],
    places: [],
    localities: [],
    ...overrides,
  };
}

test('an edition against the one before', () => {
  const before = [project(1, 1), project(2, 1), project(3, 2), project(5, 1)];
  const after = [
    project(1, 1),
    project(2, 3, {
      title: { de: 'Vorhaben 2 neu' },
      costs: { text: '5.000 €', amountCents: 500_000, currency: 'EUR', approximate: false },
    }),
    project(4, 1),
    project(5, 3),
  ];
  const archived = project(3, 3, { publicationState: 'archived' });
  const changes = diffEditions(before, after, (id) => (id === 3 ? archived : undefined));
  const rows = changes.map((c) => [c.kind, c.slug, c.fields.join(','), c.notes.map((n) => n.note.de).join(' | ')]);
  assert.deepEqual(rows, [
    ['new', 'v-4', '', 'Notiz 4.1'],
    ['changed', 'v-2', 'title,costs', 'Notiz 2.2 | Notiz 2.3'],
    // Archived and restored in between: the same fields, new versions, listed with their notes.
    ['changed', 'v-5', '', 'Notiz 5.2 | Notiz 5.3'],
    ['gone', 'v-3', '', 'Notiz 3.3'],
  ]);
  assert.deepEqual(
    diffEditions(after, after, () => undefined),
    [],
    'nothing between equal editions',
  );
  assert.deepEqual(
    diffEditions([], [project(7, 1)], () => undefined).map((c) => c.kind),
    ['new'],
    'the first edition: everything is new',
  );
});
