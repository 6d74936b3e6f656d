// The package's index.d.ts re-exports './browser/commands.mjs', whose types
// TypeScript looks for in commands.d.mts; the package ships commands.d.ts.
// The one function the tests use, declared here.
import '@web/test-runner-visual-regression';

declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the approved picture `name` (see web-test-runner.config.mjs). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
