// Where a contribution typed in by staff came from, shown in place of an author: "from the event X" or
// "from a paper form", with the day it was given. Offline contributions carry no name.
import { formatDate } from '../lib/format.js';
import { type LocalizedText, pick } from '../lib/localized.js';
import type { PageContext } from './page-context.js';

export interface ContributionSource {
  channel: 'event' | 'paper';
  event: LocalizedText | null;
  /** The Berlin day it was given (YYYY-MM-DD). */
  day: string;
}

export function SourceLabel({ ctx, source }: { ctx: PageContext; source: ContributionSource }) {
  const event = pick(source.event, ctx.locale);
  const day = formatDate(source.day, ctx.locale);
  const label = event
    ? ctx.t('offline.fromEvent', { event: event.text })
    : ctx.t(source.channel === 'event' ? 'offline.fromSomeEvent' : 'offline.fromPaper');
  return <>{`${label} · ${day}`}</>;
}

/** The source of a row with the offline columns, or null for an online contribution. */
export function sourceOf(row: {
  channel: string;
  contributed_on: string | null;
  source_event_title: LocalizedText | null;
}): ContributionSource | null {
  if (row.channel === 'online' || row.contributed_on === null) return null;
  return { channel: row.channel === 'event' ? 'event' : 'paper', event: row.source_event_title, day: row.contributed_on };
}
