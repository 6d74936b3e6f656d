// A web-test-runner command for the browser tests: `mechnet-screenshot`
// writes PNGs of one element of the test page (an iframe holding a
// webmaster's page, say) into .tmp/screenshots/<name>-01.png, -02.png ...
// (tiles of a tall page), for people to look at. Nothing compares them; the
// tests' assertions are in the tests. Only when MECHNET_SCREENSHOTS is set
// (they add seconds to a run); otherwise the command does nothing.
//
//   MECHNET_SCREENSHOTS=1 npm run test:browser -- --files tests/browser/hostile-host.test.ts
//
//   await executeServerCommand('mechnet-screenshot', { selector: '#frame', name: 'hostile-320' });
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TILE = 1800;

/** @param {{ dir: string }} options */
export function screenshotPlugin({ dir }) {
  return {
    name: 'mechnet-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mechnet-screenshot') return undefined;
      if (!process.env.MECHNET_SCREENSHOTS) return []; // only when asked: they take seconds
      if (session.browser.type !== 'puppeteer') throw new Error('mechnet-screenshot: only with the Chrome launcher');
      const { selector, name } = payload ?? {};
      if (typeof selector !== 'string' || typeof name !== 'string' || !/^[\w.-]+$/.test(name)) {
        throw new Error('mechnet-screenshot: give { selector, name } (name: letters, digits, dot, dash)');
      }
      const page = session.browser.getPage(session.id);
      const element = await page.$(selector);
      if (!element) throw new Error(`mechnet-screenshot: nothing matches ${selector}`);
      // Clips are in the page's coordinates: from the top of an unscrolled page.
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await element.boundingBox();
      if (!box) throw new Error(`mechnet-screenshot: ${selector} is not shown`);
      mkdirSync(dir, { recursive: true });
      for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(dir, old));
      // A tall page in tiles of at most TILE pixels, each small enough to look at.
      const paths = [];
      for (let y = 0, n = 1; y < box.height; y += TILE, n++) {
        const path = join(dir, `${name}-${String(n).padStart(2, '0')}.png`);
        const clip = { x: box.x, y: box.y + y, width: box.width, height: Math.min(TILE, box.height - y) };
        await page.screenshot({ path, clip, captureBeyondViewport: true });
        paths.push(path);
      }
      return paths;
    },
  };
}
