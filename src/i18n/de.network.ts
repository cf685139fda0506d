// German texts of network (part of the catalogue in de.ts).
export const deNetwork = {
};
