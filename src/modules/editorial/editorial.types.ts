// Where a Vorhaben stands in the back office's work: a draft, in review, sent back, published, archived.
export const workStates = ['draft', 'review', 'changes', 'published', 'archived'] as const;
export type WorkState = (typeof workStates)[number];
