// Progress of the measure tree. A measure's progress is its own (0–100) or rolled up from its children:
// weighted by their planned budget, or their plain average, as chosen per parent. Budgets roll up as
// sums. Pure functions over plain objects, tested with properties (rollup.test.ts).
import type { ProgressMode } from '../../db/schema-finance.js';
import { sumCents } from './money.js';

export interface TreeNode {
  id: number;
  parentId: number | null;
  progressMode: ProgressMode;
  ownProgress: number | null;
  /** Planned cents of the node itself (its own budget lines). */
  ownPlanned: number;
  ownSpent: number;
}

export interface RolledUp {
  progress: number;
  planned: number;
  spent: number;
  /** How deep the node sits (roots 0). */
  depth: number;
}

/** Progress (0–100, one decimal) and subtree totals of every node; children of unknown parents count as roots. */
export function rollUp(nodes: TreeNode[]): Map<number, RolledUp> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<number, TreeNode[]>();
  for (const n of nodes) {
    if (n.parentId !== null && byId.has(n.parentId)) {
      const list = children.get(n.parentId) ?? [];
      list.push(n);
      children.set(n.parentId, list);
    }
  }
  const out = new Map<number, RolledUp>();
  const visiting = new Set<number>();
  const visit = (n: TreeNode, depth: number): RolledUp => {
    const done = out.get(n.id);
    if (done) return done;
    if (visiting.has(n.id)) throw new Error(`the measure tree has a cycle at ${n.id}`);
    visiting.add(n.id);
    const kids = (children.get(n.id) ?? []).map((c) => visit(c, depth + 1));
    visiting.delete(n.id);
    const planned = sumCents([n.ownPlanned, ...kids.map((k) => k.planned)]);
    const spent = sumCents([n.ownSpent, ...kids.map((k) => k.spent)]);
    const own = clamp(n.ownProgress ?? 0);
    let progress = own;
    if (kids.length && n.progressMode !== 'own') {
      const weights = kids.map((k) => k.planned);
      const total = weights.reduce((a, b) => a + b, 0);
      progress =
        n.progressMode === 'weighted' && total > 0
          ? kids.reduce((acc, k) => acc + k.progress * (k.planned / total), 0)
          : kids.reduce((acc, k) => acc + k.progress, 0) / kids.length;
    }
    const result = { progress: round1(clamp(progress)), planned, spent, depth };
    out.set(n.id, result);
    return result;
  };
  for (const n of nodes) if (n.parentId === null || !byId.has(n.parentId)) visit(n, 0);
  // Nodes only reachable through a cycle are reported rather than skipped.
  for (const n of nodes) if (!out.has(n.id)) visit(n, 0);
  return out;
}

const clamp = (p: number) => Math.min(100, Math.max(0, p));
const round1 = (p: number) => Math.round(p * 10) / 10;

/** Sums amounts per key; the sums together always equal the grand total. */
export function totalsBy<T>(rows: T[], key: (row: T) => string | number, amount: (row: T) => number): Map<string | number, number> {
  const out = new Map<string | number, number>();
  for (const r of rows) out.set(key(r), sumCents([out.get(key(r)) ?? 0, amount(r)]));
  return out;
}
