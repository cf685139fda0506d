// Topics as other modules see them.
export { listTopics as allTopics } from './topics.repository.js';
