// The names of the two session cookies, in one place: the accounts and residents modules set them, and
// CSRF tokens are bound to whichever of them a browser holds.
export const STAFF_SESSION_COOKIE = 'lotse_session';
export const RESIDENT_SESSION_COOKIE = 'lotse_resident';
export const SESSION_COOKIES = [STAFF_SESSION_COOKIE, RESIDENT_SESSION_COOKIE] as const;
