// The public entry of the legal module: the anchors of its own privacy-notice sections.
export { LOG_RETENTION_DAYS } from './legal.processing.js';
