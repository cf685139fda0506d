// What the pages of ideas show, mapped from the repository's records: an idea (public page, ideas
// section, back office) and a line of the back office's list.
import { ideaStatuses, type IdeaStatus } from '../../db/schema.js';
import { type Locale, type LocalizedText, localeOr } from '../../lib/localized.js';
import type { IdeaRecord } from './ideas.repository.js';
import { type ContributionSource, sourceOf } from '../../views/contribution-source.js';

export { ideaStatuses, type IdeaStatus };

export interface IdeaView {
  id: number;
  title: string;
  body: string;
  /** The language the author wrote title and text in. */
  textLanguage: Locale;
  location: string | null;
  status: IdeaStatus;
  statusReason: string | null;
  answer: string | null;
  /** The language of the answer and the reason of a rejection: by default the idea's. */
  answerLanguage: Locale;
  supportCount: number;
  hidden: boolean;
  hiddenReason: string | null;
  createdAt: Date;
  /** The author's public name; null when they chose none, or when the account is deleted (`authorDeleted`). */
  author: string | null;
  authorDeleted: boolean;
  /** Where an idea typed in by staff came from (it has no author); null online. */
  source: ContributionSource | null;
  topicName: LocalizedText | null;
  topicSlug: string | null;
  linkedSlug: string | null;
  linkedTitle: LocalizedText | null;
}

/** An idea in the back office, with the process its public page lives in. */
export interface StaffIdeaView extends IdeaView {
  processSlug: string;
}

/** A line of the back office's list of ideas. */
export interface IdeaListItemView {
  id: number;
  title: string;
  status: IdeaStatus;
  supportCount: number;
  hidden: boolean;
  createdAt: Date;
  processTitle: LocalizedText;
  textLanguage: Locale;
}

export const toIdeaView = (r: IdeaRecord): IdeaView => ({
  id: r.id,
  title: r.title,
  body: r.body,
  textLanguage: localeOr(r.text_language),
  location: r.location,
  status: r.status,
  statusReason: r.status_reason,
  answer: r.answer,
  answerLanguage: localeOr(r.answer_language ?? r.text_language),
  supportCount: r.support_count,
  hidden: r.hidden_at !== null,
  hiddenReason: r.hidden_reason,
  createdAt: r.created_at,
  author: r.display_name,
  authorDeleted: r.resident_id === null,
  source: sourceOf(r),
  topicName: r.topic_name,
  topicSlug: r.topic_slug,
  linkedSlug: r.linked_slug,
  linkedTitle: r.linked_title,
});

export const toIdeaListItemView = (r: {
  id: number;
  title: string;
  status: IdeaStatus;
  support_count: number;
  hidden_at: Date | null;
  created_at: Date;
  process_title: LocalizedText;
  text_language: string | null;
}): IdeaListItemView => ({
  id: r.id,
  title: r.title,
  status: r.status,
  supportCount: r.support_count,
  hidden: r.hidden_at !== null,
  createdAt: r.created_at,
  processTitle: r.process_title,
  textLanguage: localeOr(r.text_language),
});
