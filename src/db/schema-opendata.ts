// Table types of alerts without an account and of the Vorhabenliste's editions (mirroring migrations
// 045 and 046); schema.ts re-exports them and lists them in Database.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { LocalizedText } from '../lib/localized.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const alertModes = ['immediate', 'weekly'] as const;
export type AlertMode = (typeof alertModes)[number];

export interface AlertSubscriptionsTable {
  id: Generated<number>;
  email: string;
  locale: string;
  filters: JSONColumnType<Record<string, string>, string, string>;
  mode: AlertMode;
  confirm_token_hash: string | null;
  salt: string;
  created_at: Timestamp;
  confirmed_at: Date | null;
}

export interface AlertItemsTable {
  id: Generated<number>;
  subscription_id: number;
  project_id: number;
  change_id: number;
  is_new: boolean;
  created_at: Timestamp;
}

export interface AlertScanTable {
  id: ColumnType<boolean, boolean | undefined, boolean>;
  last_change_id: number;
}

export interface ListEditionsTable {
  id: Generated<number>;
  number: number;
  edition_date: ColumnType<string, string, string>;
  decision_reference: string;
  decision_url: string | null;
  decision_project_slug: string | null;
  entry_count: number;
  published_at: Timestamp;
  published_by: number | null;
}

export interface ListEditionEntriesTable {
  edition_id: number;
  position: number;
  project_id: number;
  slug: string;
  version: number;
  project: JSONColumnType<object, string, string>;
}

export interface ListEditionChangesTable {
  edition_id: number;
  position: number;
  kind: 'new' | 'changed' | 'gone';
  slug: string;
  title: JSONColumnType<LocalizedText, string, string>;
  fields: ColumnType<string[], string[] | undefined, string[]>;
  notes: JSONColumnType<{ version: number; note: LocalizedText }[], string, string>;
}
