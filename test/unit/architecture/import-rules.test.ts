import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const rules: { forbidden: IForbiddenRuleType[] } = createRequire(import.meta.url)(
  '../../../.dependency-cruiser.cjs',
);

/** A tree laid out like ours, in a folder of its own, with the one import under test. */
function treeWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-rules-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  roots.push(root);
  return root;
}
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function violationsIn(files: Record<string, string>): Promise<string[]> {
  const root = treeWith(files);
  const folders = [...new Set(Object.keys(files).map((path) => path.split('/')[0] ?? path))];
  const result = await cruise(folders, {
    baseDir: root,
    ruleSet: { forbidden: rules.forbidden },
    validate: true,
  });
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map((violation) => violation.rule.name);
}

const leaf = 'export const value = 1;\n';

describe('the import rules', () => {
  it('let a route call an operation that calls a transaction', async () => {
    expect(
      await violationsIn({
        'functions/store/transactions/sign-up.ts': leaf,
        'functions/operations/sign-up-for-event.ts':
          "import { value } from '../store/transactions/sign-up.ts';\nexport const run = value;\n",
        'functions/http/public/sign-up-routes.ts':
          "import { run } from '../../operations/sign-up-for-event.ts';\nexport const route = run;\n",
        'shared/domain/event.ts': leaf,
      }),
    ).toEqual([]);
  });

  it('refuse shared/ reaching up into functions/', async () => {
    expect(
      await violationsIn({
        'functions/store/table/table.ts': leaf,
        'shared/domain/event.ts':
          "import { value } from '../../functions/store/table/table.ts';\nexport const x = value;\n",
      }),
    ).toContain('shared-is-pure');
  });

  it('refuse the store importing an operation', async () => {
    expect(
      await violationsIn({
        'functions/operations/sign-up-for-event.ts': leaf,
        'functions/store/entities/event.ts':
          "import { value } from '../../operations/sign-up-for-event.ts';\nexport const x = value;\n",
      }),
    ).toContain('store-is-below-operations');
  });

  it('refuse a route writing through a transaction itself', async () => {
    expect(
      await violationsIn({
        'functions/store/transactions/check-in.ts': leaf,
        'functions/http/organiser/check-in-routes.ts':
          "import { value } from '../../store/transactions/check-in.ts';\nexport const x = value;\n",
      }),
    ).toContain('writes-go-through-operations');
  });

  it('refuse a page importing from functions/', async () => {
    expect(
      await violationsIn({
        'functions/operations/sign-up-for-event.ts': leaf,
        'web/pages/outcome-page.tsx':
          "import { value } from '../../functions/operations/sign-up-for-event.ts';\nexport const x = value;\n",
      }),
    ).toContain('web-renders-shared-only');
  });

  it('refuse an operation importing a route', async () => {
    expect(
      await violationsIn({
        'functions/http/public-urls.ts': leaf,
        'functions/operations/sign-up-for-event.ts':
          "import { value } from '../http/public-urls.ts';\nexport const x = value;\n",
      }),
    ).toContain('operations-are-below-adapters');
  });

  it('refuse a cycle between two modules', async () => {
    expect(
      await violationsIn({
        'shared/domain/event.ts': "import { b } from './delegation.ts';\nexport const a = b;\n",
        'shared/domain/delegation.ts': "import { a } from './event.ts';\nexport const b = () => a;\n",
      }),
    ).toContain('no-circular');
  });
});
