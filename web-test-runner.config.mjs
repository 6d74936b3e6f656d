// Browser tests: tests/browser/**/*.test.ts in headless Chromium.
//
//   npm run test:browser                       (finds or installs the browser first)
//   CHROME_PATH=/path/to/chrome npm run test:browser
//   npx web-test-runner --watch                (uses this file directly)
//
// The server root is the repository root, so tests can fetch `/examples/...`
// and the built `/dist/...` files by URL.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { screenshotPlugin } from './tests/browser/support/screenshot-plugin.mjs';
import { testApi } from './tests/browser/support/test-api.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  // A stand-in server for the enrolment form (/test-api/...).
  middleware: [testApi],
  plugins: [
    esbuildPlugin({
      ts: true,
      // Explicit target: esbuild then lowers standard decorators for Chromium.
      target: 'es2022',
      // immer ships `.mjs` and reads process.env.NODE_ENV.
      loaders: { '.mjs': 'js' },
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
    // Screenshots for people to look at, under .tmp/screenshots/ (only with MECHNET_SCREENSHOTS=1).
    screenshotPlugin({ dir: fileURLToPath(new URL('.tmp/screenshots/', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  // Generous for a cold CI machine; a hung file still fails in the end.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // Lit runs in dev mode here (extra checks); drop its one-line notice.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), countReporter()],
};
