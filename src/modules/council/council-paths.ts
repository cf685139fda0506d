// The back-office addresses of council information, below /{lang}: the overview, a municipality's
// settings and, after it, its runs and decisions.
export const councilPath = (slug?: string, rest = '') => `/verwaltung/ratsinformation${slug ? `/${slug}${rest}` : ''}`;
