// Every domain module of Lotse, as the app and the job worker are built from them. A new module adds its
// `<name>.module.ts` here, and nowhere else.
import type { LotseModule } from '../platform/module.js';
import { accountsModule } from './accounts/accounts.module.js';
import { alertsModule } from './alerts/alerts.module.js';
import { auditModule } from './audit/audit.module.js';
import { commentsModule } from './comments/comments.module.js';
import { consultationsModule } from './consultations/consultations.module.js';
import { councilModule } from './council/council.module.js';
import { editionsModule } from './editions/editions.module.js';
import { editorialModule } from './editorial/editorial.module.js';
import { eventsModule } from './events/events.module.js';
import { financeModule } from './finance/finance.module.js';
import { healthModule } from './health/health.module.js';
import { legalModule } from './legal/legal.module.js';
import { municipalitiesModule } from './municipalities/municipalities.module.js';
import { networkModule } from './network/network.module.js';
import { notificationsModule } from './notifications/notifications.module.js';
import { openApiModule } from './openapi/openapi.module.js';
import { openDataModule } from './opendata/opendata.module.js';
import { participationModule } from './participation/participation.module.js';
import { plainLanguageModule } from './plain-language/plain-language.module.js';
import { placesModule } from './places/places.module.js';
import { programmeModule } from './programme/programme.module.js';
import { projectsModule } from './projects/projects.module.js';
import { residentsModule } from './residents/residents.module.js';
import { surveysModule } from './surveys/surveys.module.js';
import { translationCoverageModule } from './translation-coverage/translation-coverage.module.js';

export const modules: readonly LotseModule[] = [
  healthModule,
  openApiModule,
  openDataModule,
  programmeModule,
  financeModule,
  projectsModule,
  eventsModule,
  participationModule,
  surveysModule,
  consultationsModule,
  notificationsModule,
  alertsModule,
  residentsModule,
  commentsModule,
  networkModule,
  accountsModule,
  editorialModule,
  editionsModule,
  placesModule,
  municipalitiesModule,
  councilModule,
  auditModule,
  plainLanguageModule,
  legalModule,
  translationCoverageModule,
];
