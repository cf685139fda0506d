// Danish texts of network (part of the catalogue in da.ts).
export const daNetwork = {
};
