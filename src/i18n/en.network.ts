// English texts of network (part of the catalogue in en.ts).
export const enNetwork = {
};
