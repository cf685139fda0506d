// The name of each field of a Vorhaben in the catalogues: change notes, import reports and diffs use it.
import type { MessageKey } from '../../i18n/index.js';
import type { ComparedField } from './project.mapper.js';

export const fieldLabel: Record<ComparedField, MessageKey> = {
  title: 'field.title',
  description: 'field.description',
  goals: 'field.goals',
  status: 'field.status',
  statusText: 'field.status',
  nextSteps: 'field.nextSteps',
  expectedDuration: 'field.expectedDuration',
  municipalities: 'field.municipalities',
  topics: 'field.topics',
  decisionsText: 'field.decisions',
  decisions: 'field.decisions',
  costs: 'field.costs',
  participation: 'field.participation',
  location: 'field.location',
  contact: 'field.contact',
  links: 'field.links',
  furtherInfo: 'field.furtherInfo',
  summaryPlain: 'field.summaryPlain',
  startDate: 'field.startDate',
  endDate: 'field.endDate',
  addedOn: 'field.addedOn',
  publicationState: 'field.publicationState',
};
