// Reporter for node's test runner used by scripts/fuzz.mjs: one JSON line per
// leaf test, {"name","file","ms","passed"}, so that the nightly fuzz can say
// how long each function took and how many inputs it was given.
export default async function* fuzzReporter(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') continue;
    yield `${JSON.stringify({ name: data.name, file: data.file, ms: data.details?.duration_ms ?? 0, passed: event.type === 'test:pass' && !data.todo })}\n`;
  }
}
