// English texts of finance (part of the catalogue in en.ts).
export const enFinance = {
};
