/** Waiting in the browser tests. */

/** Waits until `fn` gives something truthy (polling every 20 ms); fails after `ms` naming what it waited for. */
export async function until<T>(fn: () => T | undefined | null | false, what: string, ms = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
