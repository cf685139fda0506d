// Libraries that only some requests need are loaded by the first call that needs them, not at start:
// every module loaded at start stays in the server's memory for good (issue 12: idle memory).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded synchronously on the first call and kept (`require`: the package's CommonJS build
 * where it ships one, which is often a single file instead of dozens of modules). For libraries used
 * by synchronous code; asynchronous code uses a memoised `import()` instead.
 */
export function onFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
