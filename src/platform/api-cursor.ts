// Cursors of the API's lists: where the next page starts, as an opaque base64url token that the client
// passes back unchanged. What a cursor holds is the list's business (checked with its zod schema); a token
// that is not one of ours answers 400 `invalid_cursor`, never a server error.
import type { z } from 'zod';
import { AppError } from '../lib/errors.js';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The cursor's content, undefined without a cursor; 400 for anything else than a cursor of this list. */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    const value = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (value.success) return value.data;
  } catch {
    // not JSON: the same answer as any other broken cursor
  }
  throw new AppError(400, 'invalid_cursor', 'error.invalidCursor');
}

/** The address of the next page: the request's own, with the cursor set. */
export function nextPageUrl(selfUrl: URL, value: unknown): string {
  const url = new URL(selfUrl);
  url.searchParams.set('cursor', encodeCursor(value));
  return url.toString();
}
