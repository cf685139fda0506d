// The public entry of the opendata module: what other modules may use. Everything else in this folder is internal.
export { openDatasets } from './datasets.js';
export type { DatasetDates, OpenDataset, OpenDistribution } from './dataset.types.js';
