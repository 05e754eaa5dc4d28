import { defineConfig } from 'vitest/config';

/** What every project needs to find the real parts: one DynamoDB Local per run, each test file its own table. */
const WITH_STORE = { globalSetup: ['test/support/global-setup.ts'] };

export default defineConfig({
  test: {
    // Lambda runs in UTC and developers rarely do: the suite must not depend on the machine's zone.
    env: { TZ: 'America/New_York', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      // Pure rules of shared/ and the repository's own checks: no store, no browser; `npm run test:unit`.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/{integration,lambda,infra,load}/**/*.test.{ts,tsx}'],
          ...WITH_STORE,
        },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.{ts,tsx}'], ...WITH_STORE } },
    ],
  },
});
