// Walks one OParl list page by page along `links.next`, and survives the lists real servers send: an
// empty list answered with 404 and `{"code": 802}` (SD.NET), one object where the page's `data` list
// belongs, a page that is no JSON or does not answer (the walk goes on with the next page number when
// the list's length is known, and marks itself incomplete), a `next` that leads back to a page already read.
// It is bounded against servers that never end a list: at most `maxPages` pages, and it gives up after
// a few pages in a row that could not be read (an announced length of 10^9 is no reason to ask 10^9 times).
import { type Answer, answerFault, type OparlClient } from './oparl-client.js';
import { listPageSchema } from './oparl.schemas.js';
import type { ReportFault } from './sync-faults.js';

export interface ListPage {
  url: string;
  objects: unknown[];
  /** The next page's address; null at the end of the list. */
  next: string | null;
  /** The number of pages the server announced, when it did. */
  totalPages: number | null;
  /**
   * This page could not be read and is skipped. Stored with the page's progress, so that a run resumed
   * after an interruption still knows it is incomplete.
   */
  failed?: boolean;
}

export interface WalkLimits {
  /** Pages read of the list at most (LOTSE_OPARL_MAX_PAGES); the rest is reported and left. */
  maxPages: number;
  /** Asked before each page: true ends the walk (the run reached its limit of objects). */
  stop?: () => boolean;
}

/** Pages of a list one sync reads at most, unless set otherwise. */
export const DEFAULT_MAX_PAGES = 10_000;
/** Objects of one page that are read; a page of 50 to 100 is usual, the rest of a larger one is reported. */
export const MAX_OBJECTS_PER_PAGE = 1000;
/** Pages in a row that could not be read, after which the server is taken to be broken for this list. */
export const MAX_FAILED_IN_A_ROW = 5;

export interface WalkResult {
  /** False when a page could not be read: the next run must not assume it has seen everything. */
  complete: boolean;
}

/** The list's address with `modified_since`; the colon stays unencoded, which some servers require. */
export function withModifiedSince(url: string, since: Date | null): string {
  if (!since) return url;
  const stamp = since.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${url}${url.includes('?') ? '&' : '?'}modified_since=${stamp}`;
}

const pageNumber = (url: string): number | null => {
  const match = /[?&]page=(\d+)(?:&|$)/.exec(url);
  return match ? Number(match[1]) : null;
};

/** The address of page n+1 of a list whose pages are numbered in the query (`?page=n`), else null. */
function followingPage(url: string, lastPage: number | null): string | null {
  const n = pageNumber(url);
  if (n === null || lastPage === null || n >= lastPage) return null;
  return url.replace(/([?&]page=)\d+/, `$1${n + 1}`);
}

function readPage(url: string, answer: Extract<Answer, { kind: 'ok' }>, report: ReportFault): ListPage | null {
  const body = answer.body;
  if (Array.isArray(body)) {
    report('object_instead_of_list', url, 'the page is a bare list');
    return { url, objects: body, next: null, totalPages: null };
  }
  const parsed = listPageSchema.safeParse(body);
  if (parsed.success) {
    const { data, links, pagination } = parsed.data;
    const last = links?.last ? pageNumber(links.last) : null;
    return { url, objects: data, next: links?.next ?? null, totalPages: pagination?.totalPages ?? last };
  }
  const data = (body as { data?: unknown } | null)?.data;
  if (typeof data === 'object' && data !== null) {
    report('object_instead_of_list', url, 'data');
    return { url, objects: [data], next: null, totalPages: null };
  }
  if (typeof body === 'object' && body !== null && 'id' in body) {
    report('object_instead_of_list', url, 'the page is a single object');
    return { url, objects: [body], next: null, totalPages: null };
  }
  report('invalid_object', url, 'no list page');
  return null;
}

/**
 * Reads the list from `start` (the first page, or where an interrupted run stopped) and hands each page
 * to `onPage`, which stores it before the walk asks for the next one.
 */
export async function walkList(
  client: OparlClient,
  start: string,
  report: ReportFault,
  onPage: (page: ListPage) => Promise<void>,
  limits: WalkLimits = { maxPages: DEFAULT_MAX_PAGES },
): Promise<WalkResult> {
  // Bounded by maxPages, as the walk is.
  const seen = new Set<string>();
  let complete = true;
  let lastPage: number | null = null;
  let failedInARow = 0;
  let url: string | null = start;
  while (url) {
    if (limits.stop?.()) {
      complete = false;
      break;
    }
    if (seen.has(url)) {
      report('pagination_loop', url, null);
      break;
    }
    if (seen.size >= limits.maxPages) {
      report('page_limit', url, `${limits.maxPages} pages`);
      complete = false;
      break;
    }
    if (failedInARow >= MAX_FAILED_IN_A_ROW) {
      report('failed_pages', url, `${failedInARow} pages in a row`);
      complete = false;
      break;
    }
    seen.add(url);
    const answer = await client.get(url);
    if (answer.kind === 'ok') {
      const page = readPage(url, answer, report);
      if (page) {
        failedInARow = 0;
        if (page.objects.length > MAX_OBJECTS_PER_PAGE) {
          report('too_many_objects', url, `${page.objects.length - MAX_OBJECTS_PER_PAGE} of ${page.objects.length} left`);
          page.objects = page.objects.slice(0, MAX_OBJECTS_PER_PAGE);
          complete = false;
        }
        // The walk never goes beyond maxPages: an announced length beyond it is no length at all.
        const announced = page.totalPages !== null ? Math.min(page.totalPages, limits.maxPages) : null;
        page.totalPages = announced;
        lastPage = announced ?? lastPage;
        // A list that ends early by mistake is caught by the announced length.
        const next: string | null = page.next ?? (page.objects.length > 0 ? followingPage(url, lastPage) : null);
        await onPage({ ...page, next });
        url = next;
        continue;
      }
    } else if (answer.kind === 'not_found' && answer.code === 802) {
      // SD.NET's way of saying "nothing changed since": an empty list.
      report('empty_list_404', url, 'HTTP 404, code 802');
      await onPage({ url, objects: [], next: null, totalPages: 0 });
      break;
    } else {
      const fault = answerFault(answer);
      report(fault.kind, url, fault.detail);
    }
    complete = false;
    failedInARow++;
    const next = followingPage(url, lastPage);
    await onPage({ url, objects: [], next, totalPages: lastPage, failed: true });
    url = next;
  }
  return { complete };
}
