import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: real processes on loopback (bot and worker children, a private Postgres
 * cluster, private redis-servers) stopped, killed and restarted. One file at a time, since the
 * scenarios are about timing under load; each prints a "[fault] … lost / duplicated / recovered"
 * line and fails on any loss.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: 'silent', NODE_ENV: 'test' },
  },
});
