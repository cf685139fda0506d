// The public entry of the accounts module: what other modules may use. Everything else in this folder is internal.
export { findUserByEmail } from './accounts.repository.js';
export { checkNewUser } from './accounts.schemas.js';
export { addUser, listUsers } from './accounts.service.js';
export { createAdminSetupToken } from './admin-setup.service.js';
export { guessablePassword } from './password-strength.js';
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from './passwords.js';
export { resetSecondFactor } from './second-factor.service.js';
export { STAND_IN_HASH } from './passwords.js';
