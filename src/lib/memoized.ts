// Pure functions called with few distinct arguments over and over (a date written out, a word folded):
// keep their results, and forget them all at once when too many are kept, so memory stays bounded.
export function memoized<A extends string | number, R>(fn: (arg: A) => R, max = 10_000): (arg: A) => R {
  const kept = new Map<A, R>();
  return (arg) => {
    let result = kept.get(arg);
    if (result === undefined) {
      result = fn(arg);
      if (kept.size >= max) kept.clear();
      kept.set(arg, result);
    }
    return result;
  };
}
