// The public entry of the topics module: what other modules may use. Everything else in this folder is internal.
export { listTopics } from './topics.repository.js';
export { allTopics, ensureTopicIds } from './topics.service.js';
