import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KeyDesign } from '#store/table/key-design.ts';

/** The key design as documented and as each entity module builds it for placeholder arguments. */
const STORE = join(import.meta.dirname, '../../../functions/store');
const ENTITIES = join(STORE, 'entities');

interface DocumentedKeys {
  item: string;
  module: string;
  PK: string;
  SK: string;
  gsi1: { GSI1PK: string; GSI1SK: string }[];
  gsi2: { GSI2PK: string; GSI2SK: string }[];
}

const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, span]) => String(span));

function only(spans: string[], what: string, item: string): string {
  if (spans.length !== 1) throw new Error(`${item}: the ${what} cell holds ${spans.length} keys, not one`);
  return String(spans[0]);
}

/** The index cell's key pairs: GSI1's, and GSI2's after `GSI2:` (until a `GSI1:`). */
function indexPairs(cell: string, item: string): { gsi1: string[][]; gsi2: string[][] } {
  const found = { gsi1: [] as string[][], gsi2: [] as string[][] };
  const parts = cell.split(/\b(GSI[12]):/);
  for (let at = 0; at < parts.length; at += 2) {
    const index = at === 0 ? 'gsi1' : parts[at - 1] === 'GSI2' ? 'gsi2' : 'gsi1';
    const spans = codeSpans(String(parts[at]));
    if (spans.length % 2 !== 0) throw new Error(`${item}: the index cell holds an odd number of keys`);
    for (let n = 0; n < spans.length; n += 2) found[index].push([String(spans[n]), String(spans[n + 1])]);
  }
  return found;
}

/** Every row of the table in key-design.md: its keys, and the entity module it names. */
function documentedRows(): DocumentedKeys[] {
  const lines = readFileSync(join(STORE, 'key-design.md'), 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('| item | PK | SK |'));
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.replace(/^\|/, '').replace(/\|$/, '').split(' | ');
    const [item = '', pk = '', sk = '', gsi1 = '', entity = ''] = cells.map((cell) => cell.trim());
    const pairs = indexPairs(gsi1, item);
    rows.push({
      item,
      module: only(codeSpans(entity), 'entity', item),
      PK: only(codeSpans(pk), 'PK', item),
      SK: only(codeSpans(sk), 'SK', item),
      gsi1: pairs.gsi1.map(([GSI1PK = '', GSI1SK = '']) => ({ GSI1PK, GSI1SK })),
      gsi2: pairs.gsi2.map(([GSI2PK = '', GSI2SK = '']) => ({ GSI2PK, GSI2SK })),
    });
  }
  return rows;
}

const entityModules = readdirSync(ENTITIES)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `entities/${name}`);

async function keyDesignOf(module: string): Promise<KeyDesign> {
  const { keyDesign } = (await import(join(STORE, module))) as { keyDesign?: KeyDesign };
  if (!keyDesign) throw new Error(`${module} exports no keyDesign`);
  return keyDesign;
}

const asDocumented = (keys: KeyDesign[number]) => ({
  PK: keys.PK,
  SK: keys.SK,
  gsi1: keys.gsi1 ?? [],
  gsi2: keys.gsi2 ?? [],
});

describe('key-design.md', () => {
  const rows = documentedRows();

  it('has a row for every entity module, and names no other', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect([...new Set(rows.map(({ module }) => module))].sort()).toEqual([...entityModules].sort());
  });

  it.each(rows.map((row) => [row.item.slice(0, 60), row] as const))(
    'documents the keys its entity module builds: %s',
    async (_, row) => {
      const built = (await keyDesignOf(row.module)).map(asDocumented);
      const { PK, SK, gsi1, gsi2 } = row;
      expect(built, `${row.module} builds no such keys`).toContainEqual({ PK, SK, gsi1, gsi2 });
    },
  );

  it.each(entityModules)('documents every shape of key %s builds', async (module) => {
    const documented = rows
      .filter((row) => row.module === module)
      .map(({ PK, SK, gsi1, gsi2 }) => ({ PK, SK, gsi1, gsi2 }));
    for (const keys of await keyDesignOf(module)) expect(documented).toContainEqual(asDocumented(keys));
  });
});
