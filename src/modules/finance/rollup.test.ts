import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { progressModes } from '../../db/schema-finance.js';
import { sumCents } from './money.js';
import { rollUp, totalsBy, type TreeNode } from './rollup.js';

/** A random tree: node i's parent is one of the nodes before it, or none. */
const tree = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc
    .tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record({
          parent: i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }), { nil: null }),
          mode: fc.constantFrom(...progressModes),
          own: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          planned: fc.integer({ min: 0, max: 1e10 }),
          spent: fc.integer({ min: 0, max: 1e10 }),
        }),
      ),
    )
    .map((rows): TreeNode[] =>
      rows.map((r, i) => ({
        id: i + 1,
        parentId: r.parent === null ? null : r.parent + 1,
        progressMode: r.mode,
        ownProgress: r.own,
        ownPlanned: r.planned,
        ownSpent: r.spent,
      })),
    ),
);

test('roll-up: budgets and spending of the roots add up to the grand total', () => {
  fc.assert(
    fc.property(tree, (nodes) => {
      const r = rollUp(nodes);
      const roots = nodes.filter((n) => n.parentId === null);
      assert.equal(sumCents(roots.map((n) => r.get(n.id)!.planned)), sumCents(nodes.map((n) => n.ownPlanned)));
      assert.equal(sumCents(roots.map((n) => r.get(n.id)!.spent)), sumCents(nodes.map((n) => n.ownSpent)));
      for (const n of nodes) {
        const kids = nodes.filter((k) => k.parentId === n.id);
        assert.equal(r.get(n.id)!.planned, sumCents([n.ownPlanned, ...kids.map((k) => r.get(k.id)!.planned)]));
      }
    }),
  );
});

test('roll-up: progress stays between 0 and 100 and between the smallest and largest child’s', () => {
  fc.assert(
    fc.property(tree, (nodes) => {
      const r = rollUp(nodes);
      for (const n of nodes) {
        const p = r.get(n.id)!.progress;
        assert.ok(p >= 0 && p <= 100);
        const kids = nodes.filter((k) => k.parentId === n.id).map((k) => r.get(k.id)!.progress);
        if (kids.length && n.progressMode !== 'own') {
          assert.ok(p >= Math.min(...kids) - 0.05 && p <= Math.max(...kids) + 0.05, `${p} outside ${kids.join(', ')}`);
        }
        if (!kids.length || n.progressMode === 'own') assert.equal(p, n.ownProgress ?? 0);
      }
    }),
  );
});

test('roll-up: children with equal progress give the parent that progress, in every mode', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 100 }),
      fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom('weighted', 'average' as const),
      (p, budgets, mode) => {
        const nodes: TreeNode[] = [
          { id: 1, parentId: null, progressMode: mode, ownProgress: null, ownPlanned: 0, ownSpent: 0 },
          ...budgets.map((b, i) => ({ id: i + 2, parentId: 1, progressMode: 'own' as const, ownProgress: p, ownPlanned: b, ownSpent: 0 })),
        ];
        assert.equal(rollUp(nodes).get(1)!.progress, p);
      },
    ),
  );
});

test('roll-up: weighted follows the budget, average does not', () => {
  const nodes = (mode: 'weighted' | 'average'): TreeNode[] => [
    { id: 1, parentId: null, progressMode: mode, ownProgress: 10, ownPlanned: 0, ownSpent: 0 },
    { id: 2, parentId: 1, progressMode: 'own', ownProgress: 100, ownPlanned: 300_00, ownSpent: 0 },
    { id: 3, parentId: 1, progressMode: 'own', ownProgress: 0, ownPlanned: 100_00, ownSpent: 0 },
  ];
  assert.equal(rollUp(nodes('weighted')).get(1)!.progress, 75);
  assert.equal(rollUp(nodes('average')).get(1)!.progress, 50);
  // Without any budget, weighting falls back to the average.
  const unbudgeted = nodes('weighted').map((n) => ({ ...n, ownPlanned: 0 }));
  assert.equal(rollUp(unbudgeted).get(1)!.progress, 50);
});

test('totals per year, phase, category and measure each add up to the grand total', () => {
  const line = fc.record({
    measure: fc.integer({ min: 1, max: 6 }),
    year: fc.integer({ min: 2022, max: 2026 }),
    phase: fc.constantFrom('A', 'B'),
    category: fc.constantFrom('staff', 'material', 'investment'),
    amount: fc.integer({ min: 0, max: 1e11 }),
  });
  fc.assert(
    fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
      const grand = sumCents(lines.map((l) => l.amount));
      for (const key of ['measure', 'year', 'phase', 'category'] as const) {
        assert.equal(
          sumCents(
            totalsBy(
              lines,
              (l) => l[key],
              (l) => l.amount,
            ).values(),
          ),
          grand,
        );
      }
    }),
  );
});

test('a cycle in the tree is an error, not an endless loop', () => {
  assert.throws(
    () =>
      rollUp([
        { id: 1, parentId: 2, progressMode: 'average', ownProgress: 0, ownPlanned: 0, ownSpent: 0 },
        { id: 2, parentId: 1, progressMode: 'average', ownProgress: 0, ownPlanned: 0, ownSpent: 0 },
      ]),
    /cycle/,
  );
});
