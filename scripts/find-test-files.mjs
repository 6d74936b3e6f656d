// Node 20's `node --test` does not expand globs: the test scripts list files
// themselves with this.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (recursively) whose name ends with `suffix`, sorted. */
export function findTestFiles(dir, suffix = '.test.ts') {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...findTestFiles(path, suffix));
    } else if (entry.name.endsWith(suffix)) {
      found.push(path);
    }
  }
  return found.sort();
}
