/** The command line run in this process, in English, for the server tests. */
import { main } from '../../../src/cli/main.js';

/** Runs `mechnet ARGS --lang en` in this process: its exit code and what it wrote on each stream. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([...args, '--lang', 'en'], { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}
