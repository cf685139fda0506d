// The public entry of the projects module: what other modules may use. Everything else in this folder is internal.
export { fieldLabel } from './field-labels.js';
export { formatFromFileName, importVorhabenliste, importVorhabenlisteStream } from './import/import.service.js';
export type { ImportReport } from './import/import.service.js';
export { formatLinks, parseLinks, splitList } from './import/row-to-input.js';
export { csvPieces } from './import/vorhabenliste-writer.js';
export { parseCosts } from './parsers/costs.js';
export { projectStatuses } from './parsers/status.js';
export type { ProjectStatus } from './parsers/status.js';
export { insertDraftProject, writeProject } from './project-writer.js';
export { comparedFields, differingFields, projectToInput } from './project.mapper.js';
export type { ComparedField } from './project.mapper.js';
export { participationFilters } from './project.types.js';
export type { Decision, LocalityOption, Project, ProjectInput } from './project.types.js';
export { allLocalities as localityOptions } from './localities.repository.js';
export { editorialScope, mayAssignMunicipalities, mayOnProject, mayUseEditorial } from './projects.policy.js';
export type { ProjectAction } from './projects.policy.js';
export { presentProject } from './projects.presenter.js';
export { findBySlug, insertChanges, insertVersions } from './projects.repository.js';
export { filterQuery as registerFilterFields } from './projects.schemas.js';
export type { ProjectFilters } from './project.types.js';
export {
  apiErrorSchema,
  apiFeatureCollectionSchema,
  apiGeometrySchema,
  apiLocalitySchema,
  apiLocalityListSchema,
  apiMunicipalitySchema,
  apiProjectPageSchema,
  apiProjectSchema,
  apiSuggestionsSchema,
} from './projects.schemas.js';
export {
  allProjects,
  councilOfProjects,
  countPublishedProjects,
  projectPages,
  publishedProjectPages,
  publishedMatchingFilters,
  linkableProject,
  newestProjects,
  presentProjects,
  publicProject,
  registerFeed,
} from './projects.service.js';
export { ProjectCard } from './projects.views.js';
export { refuseUnknownFilters } from './unknown-filters.js';
export { projectsLackingTranslation } from './translation-gaps.service.js';
