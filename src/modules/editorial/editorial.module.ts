// The back office's work on Vorhaben: working copies, review, publishing, versions, notes, archive.
import type { LotseModule } from '../../platform/module.js';
import { mayUseEditorial } from '../projects/index.js';
import { editorialRoutes } from './editorial.routes.js';

export const editorialModule: LotseModule = {
  name: 'editorial',
  backOfficeRoutes: [{ prefix: '', routes: editorialRoutes }],
  backOfficeSections: [{ key: 'editorial', path: '/verwaltung', label: 'backoffice.nav.editorial', order: 10, visible: mayUseEditorial }],
};
