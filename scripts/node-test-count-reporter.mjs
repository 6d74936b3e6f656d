// Reporter for node's test runner that counts leaf tests and writes, at the
// end, one JSON line: {"passed":N,"failed":N,"skipped":N}. Used by
// scripts/test-unit.mjs next to the spec reporter:
//
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./scripts/node-test-count-reporter.mjs \
//     --test-reporter-destination=counts.json tests/unit/x.test.ts
//
// Suites and tests with subtests are not counted themselves (their children
// are), except a parent that fails while none of its children failed (a
// failing hook, an error thrown after the subtests): that is one failure. A
// file that fails to load is reported by node as one failing test.
// Skipped and todo tests count as skipped; so does a skipped suite, once.

export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  // Per file, per nesting level: how many results and failures were reported
  // since the enclosing test started. Children finish before their parent.
  const levels = new Map();

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const nesting = data.nesting ?? 0;
    const key = data.file ?? '';
    let counts = levels.get(key);
    if (!counts) levels.set(key, (counts = []));

    const children = counts[nesting + 1] ?? { results: 0, failures: 0 };
    counts[nesting + 1] = { results: 0, failures: 0 };
    const here = (counts[nesting] ??= { results: 0, failures: 0 });
    here.results += 1;

    const isFail = event.type === 'test:fail' && !data.todo;
    const isParent = children.results > 0 || data.details?.type === 'suite';

    if (isParent) {
      // Count the parent only if it failed without any failing child.
      if (isFail && children.failures === 0) failed += 1;
      // A skipped suite reports none of its tests: count it once.
      else if (data.skip && children.results === 0) skipped += 1;
    } else if (data.skip || data.todo) {
      skipped += 1;
    } else if (isFail) {
      failed += 1;
    } else {
      passed += 1;
    }
    if (isFail) here.failures += 1;
  }

  yield `${JSON.stringify({ passed, failed, skipped })}\n`;
}
