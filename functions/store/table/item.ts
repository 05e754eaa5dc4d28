/** A stored item as the document client hands it over. */
export type Item = Record<string, unknown>;

/** Where an item is: its partition and sort key. */
export type ItemKey = { PK: string; SK: string };
