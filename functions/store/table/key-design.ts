/**
 * The keys an entity's key functions build for placeholder arguments (`<id>`), one entry for each shape its items
 * take, with the GSI1 and GSI2 keys that shape may carry. `key-design.md` documents every entry; a test holds the two equal.
 */
export type KeyDesign = readonly {
  PK: string;
  SK: string;
  gsi1?: readonly { GSI1PK: string; GSI1SK: string }[];
  gsi2?: readonly { GSI2PK: string; GSI2SK: string }[];
}[];

/** A placeholder where a key's part is a number: the key design passes `<nn>` where the code passes 7. */
export type KeyPlaceholder = `<${string}>`;
