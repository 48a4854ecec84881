import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'rules/**/*.test.ts',
      'scanner/**/*.test.ts',
      'responder/**/*.test.ts',
      'action/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/helpers/runtime-dir.ts'],
  },
});
