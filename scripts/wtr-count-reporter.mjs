// @web/test-runner reporter that counts tests over all files and browsers.
// At process exit it prints `N passed, N failed, N skipped` as the last line
// and, when MECHNET_WTR_COUNTS is set, writes the counts there as JSON.
//
// A test file (session) that failed without a failing test - it did not load,
// a hook or an uncaught error failed it, or it never finished - counts as one
// failure.
import { writeFileSync, writeSync } from 'node:fs';
import { relative } from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

/** Counts for a list of test sessions (one session = one file in one browser). */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0, files: 0, brokenFiles: [] };
  for (const session of sessions) {
    total.files += 1;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, counts);
    const finished = session.status === 'FINISHED';
    if (counts.failed === 0 && (!finished || session.passed === false)) {
      counts.failed += 1;
      total.brokenFiles.push(relative(process.cwd(), session.testFile));
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  return total;
}

/**
 * @param {{ outputFile?: string }} [options] where to write the JSON counts;
 *   defaults to the MECHNET_WTR_COUNTS environment variable.
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ outputFile = process.env.MECHNET_WTR_COUNTS } = {}) {
  let sessionManager;
  let started = false;
  let finished = false;

  function report() {
    const sessions = sessionManager ? Array.from(sessionManager.all()) : [];
    const total = countSessions(sessions);
    if (!started) {
      // The runner stopped before running anything (bad config, no files...).
      total.failed += 1;
    }
    if (outputFile) {
      writeFileSync(outputFile, `${JSON.stringify({ ...total, finished })}\n`);
    }
    // Synchronous write: this runs in the process 'exit' handler.
    const broken = total.brokenFiles.length > 0 ? `files that failed outside a test: ${total.brokenFiles.join(', ')}\n` : '';
    writeSync(1, `\n${broken}${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
  }

  // Registered now, so that even a runner that fails to start leaves counts.
  process.once('exit', report);

  return {
    start({ sessions }) {
      sessionManager = sessions;
      started = true;
    },
    stop() {
      finished = true;
    },
  };
}

export default countReporter;
