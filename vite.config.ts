/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions, defineConfig } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/browser/chromium.mjs';

// React 18 for the `components-react18` project, installed apart by scripts/react18.sh.
const react18 = fileURLToPath(new URL('.react18/node_modules', import.meta.url));

// "source" makes `react-billing-widget/*` self-imports resolve through package.json
// exports to src/ during development and tests, and to dist/ for everyone else.
const conditions = ['source', ...defaultClientConditions];

/** The hook and component tests, run on React 19 and again on React 18. */
const componentTests = ['test/react/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/controller/**/*.test.ts',
            'test/mocks/**/*.test.ts',
            'test/server/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/docs/**/*.test.ts',
            'test/locales/**/*.test.ts',
            'test/testing/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: [...componentTests, 'test/security/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      {
        // Every story as a test in real Chromium: render, play function, then axe (a11y.test: 'error').
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The demo host app, built and previewed by globalSetup, driven by playwright-core.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The same component tests against React 18: react and react-dom (with their subpaths)
        // point at .react18/, and the packages that import React are inlined so the alias
        // reaches them too (one React per test, checked by test/setup/react18.ts).
        extends: true,
        resolve: {
          // Radix's helpers (react-remove-scroll...) have a CommonJS `main`: take their `module` build.
          mainFields: ['module', 'jsnext:main', 'jsnext', 'main'],
          alias: [
            { find: /^react(\/.*)?$/, replacement: `${react18}/react$1` },
            { find: /^react-dom(\/.*)?$/, replacement: `${react18}/react-dom$1` },
            // Its `main` is CommonJS, whose require() no alias reaches: take its ES build.
            {
              find: /^@testing-library\/react$/,
              replacement: fileURLToPath(
                new URL('node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url),
              ),
            },
          ],
        },
        test: {
          name: 'components-react18',
          environment: 'jsdom',
          include: componentTests,
          setupFiles: ['test/setup/react18.ts', 'test/setup/dom.ts'],
          globalSetup: ['test/setup/installReact18.ts'],
          server: {
            deps: {
              inline: [
                /@testing-library\/react/,
                /@radix-ui\//,
                /@tanstack\/react-query/,
                /zustand/,
                /react-remove-scroll/,
                /react-style-singleton/,
                /use-callback-ref/,
                /use-sidecar/,
              ],
            },
          },
        },
      },
      {
        extends: true,
        test: { name: 'ssr', environment: 'node', include: ['test/ssr/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
