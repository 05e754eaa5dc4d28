import { randomBytes } from 'node:crypto';
import { assembleLocalPlatform, type LocalPlatform } from '#local/local-platform.ts';
import type { Table } from '#store/table/table.ts';
import { createTestTable } from './test-table.ts';

export interface TestPlatform extends LocalPlatform {
  table: Table;
  /** The platform's clock; tests move it with `setNow`. */
  setNow(instant: string): void;
}

/**
 * The platform as `npm start` runs it, on a fresh table, with a clock the test controls. The caller stops it in its
 * own `afterAll`: vitest 4 never runs an `afterAll` registered inside a `beforeAll`.
 */
export async function createTestPlatform(
  now: string,
  /** Where links in the platform's mail point; a browser test serves the platform there to follow them. */
  publicBaseUrl = 'http://traffpunkt.test',
): Promise<TestPlatform> {
  let current = new Date(now);
  const table = await createTestTable();
  // Drawn for each platform, as each stage's secret is its own.
  const linkSecret = randomBytes(32).toString('base64url');
  const platform = await assembleLocalPlatform({
    table,
    clock: () => current,
    publicBaseUrl,
    linkSecret: async () => linkSecret,
  });
  return {
    ...platform,
    table,
    setNow: (instant) => {
      current = new Date(instant);
    },
  };
}
