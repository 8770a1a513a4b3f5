import path from 'node:path';
import { defineConfig } from 'vitest/config';

// One project per package plus the cross-package suites; `npm test` runs them in stages.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['src/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'client',
          root: './client',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // As in client/vite.config.ts: y-monaco's Monaco import path, mapped to Monaco
          // (y-monaco is inlined so that the alias reaches its import).
          server: { deps: { inline: ['y-monaco'] } },
          alias: [
            {
              find: /^monaco-editor\/esm\/vs\/editor\/editor\.api\.js$/,
              replacement: 'monaco-editor',
            },
          ],
          setupFiles: [path.resolve(import.meta.dirname, 'client/src/testSetup.ts')],
        },
      },
      {
        test: {
          name: 'integration',
          root: './tests',
          include: ['integration/**/*.test.ts', 'security/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: './tests',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
