/** The first k items in order, without sorting all of them. */
export function topK(items: ArrayLike<number> & Iterable<number>, k: number, compare: (a: number, b: number) => number): number[] {
  if (items.length <= k * 4 || items.length < 256) return Array.from(items).sort(compare).slice(0, k);
  // A bounded sorted buffer: cheap when k (a few pages of 20) is small against the matches.
  const best: number[] = [];
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(item, best[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
