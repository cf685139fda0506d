// German texts of finance (part of the catalogue in de.ts).
export const deFinance = {
};
