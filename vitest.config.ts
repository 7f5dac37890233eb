import { defineConfig } from 'vitest/config';

/**
 * Projects: pure domain rules; server integration tests on PGlite; the same tests on a
 * PostgreSQL server when TEST_DATABASE_URL is set; browser end-to-end tests in Chromium.
 */
const pg = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/test/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['packages/server/test/**/*.test.ts'],
          env: { SIGAP_TEST_DB: 'pglite' },
          globalSetup: ['packages/server/test/support/global-setup-pglite.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(pg
        ? [
            {
              test: {
                name: 'server-pg',
                include: ['packages/server/test/**/*.test.ts'],
                env: { SIGAP_TEST_DB: 'postgres' },
                globalSetup: ['packages/server/test/support/global-setup-pg.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
