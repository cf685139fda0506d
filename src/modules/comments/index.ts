// The public entry of the comments module: what other modules may use. Everything else in this folder is internal.
export { addOfflineComment, placeOf, threadOf } from './comments.service.js';
export type { OfflineComment } from './comments.service.js';
export { CommentThread, commentNotice } from './comments.views.js';
