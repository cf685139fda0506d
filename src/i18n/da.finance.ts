// Danish texts of finance (part of the catalogue in da.ts).
export const daFinance = {
};
