import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const alias = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@client': fileURLToPath(new URL('./client/src', import.meta.url)),
  '@server': fileURLToPath(new URL('./server/src', import.meta.url)),
};
const withDatabase = { globalSetup: ['tests/support/global-database.ts'], testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  resolve: { alias },
  test: {
    // vue-i18n's development build says so in every client test file; the app chose its compiler on purpose
    // (client/src/i18n/compile-message.ts), and production builds stay silent.
    onConsoleLog: (log) => !log.includes('This project is using Custom Message Compiler'),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['shared/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' },
      },
      { extends: true, test: { name: 'server', include: ['tests/server/**/*.test.ts'], ...withDatabase } },
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'], ...withDatabase } },
      {
        extends: true,
        plugins: [vue()],
        test: { name: 'client', include: ['client/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          ...withDatabase,
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
