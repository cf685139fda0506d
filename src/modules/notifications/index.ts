// The public entry of the notifications module: what other modules may use. Everything else in this folder is internal.
export { followData, followsOf } from './follows.service.js';
export { FollowsSection } from './follows.views.js';
export { dropPendingNotifications, notifyFollowers } from './notifications.service.js';
