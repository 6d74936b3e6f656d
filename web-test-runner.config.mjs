// Browser tests: tests/browser/**/*.test.ts in headless Chromium.
//
//   npm run test:browser                       (finds or installs the browser first)
//   CHROME_PATH=/path/to/chrome npm run test:browser
//   npx web-test-runner --watch                (uses this file directly)
//
// The server root is the repository root, so tests can fetch `/examples/...`
// and the built `/dist/...` files by URL.
//
// Pictures of the elements (tests/browser/snapshots.test.ts) are compared with
// the approved ones in tests/browser/__screenshots__/; a picture that differs
// is written with its diff under .tmp/visual/ (kept by CI as an artefact).
// To approve new pictures after a change of layout, look at them, then:
//
//   MECHNET_UPDATE_SNAPSHOTS=1 npm run test:browser -- --files tests/browser/snapshots.test.ts
//   (or: npm run test:browser -- --update-visual-baseline)
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { screenshotPlugin } from './tests/browser/support/screenshot-plugin.mjs';
import { testApi } from './tests/browser/support/test-api.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const failedPictures = join(rootDir, '.tmp', 'visual');

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
    // Pictures compared with the approved ones: a different size (a clipped
    // column, a broken layout) fails, and so do more than 0.02 % of pixels
    // that differ beyond anti-aliasing (pixelmatch, colour threshold 0.1).
    visualRegressionPlugin({
      update: Boolean(process.env.MECHNET_UPDATE_SNAPSHOTS) || process.argv.includes('--update-visual-baseline'),
      baseDir: join(rootDir, 'tests', 'browser', '__screenshots__'),
      getBaselineName: ({ name }) => name,
      getFailedName: ({ name }) => join(failedPictures, name),
      getDiffName: ({ name }) => join(failedPictures, `${name}-diff`),
      diffOptions: { threshold: 0.1, includeAA: false },
      failureThresholdType: 'percent',
      failureThreshold: 0.02,
    }),
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
