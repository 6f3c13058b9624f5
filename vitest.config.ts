import { defineConfig } from 'vitest/config';

// Projects: pure unit tests; integration on PGlite; the same integration files again on
// PostgreSQL + Redis when TEST_DATABASE_URL is set; end-to-end in Chromium.
const integration = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];
const pgEnabled = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true as const, test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: integration } },
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: integration,
          globalSetup: ['test/global-setup-pglite.ts'],
          env: { GUILDHALL_TEST_DB: 'pglite', NODE_ENV: 'test' },
        },
      },
      ...(pgEnabled
        ? [
            {
              extends: true as const,
              test: {
                name: 'pg',
                include: integration,
                globalSetup: ['test/global-setup-pg.ts'],
                env: { GUILDHALL_TEST_DB: 'pg', NODE_ENV: 'test' },
              },
            },
          ]
        : []),
      {
        extends: true as const,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts', 'test/global-setup-pglite.ts'],
          env: { GUILDHALL_TEST_DB: 'pglite', NODE_ENV: 'test' },
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
