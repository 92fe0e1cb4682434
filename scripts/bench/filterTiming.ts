// How long a filter click takes in the Databank overview, in headless Chromium with the CPU slowed
// down four times (DevTools' "4x slowdown", a mid-range phone): from the click on a checkbox to the
// updated list (the filter marks the element data-klaar once the new page of results is in place).
import { createServer } from 'node:http';
import { startServer } from '../lib/static-server.ts';
import { launchBrowser } from '../lib/chromium.ts';

export interface FilterTiming {
  /** First click: loads the index, then filters and shows the list. */
  firstMs: number;
  /** Median and slowest of the clicks after it (index in memory), to the updated list painted. */
  medianMs: number;
  maxMs: number;
  /** Median of the same clicks until the summaries the list still lacked were fetched and filled in. */
  completeMs: number;
  clicks: number;
}

export async function filterTiming(dist: string, throttle = 4): Promise<FilterTiming> {
  const server = await startServer({ dir: dist, createServer });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.url}/databank/`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const boxes = await page.locator('databank-filter input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.id));
    // Time to the updated list (data-getoond, then the frame that paints it) and to the filled-in summaries (data-klaar).
    // Written as a string: tsx names the functions of a TypeScript callback with a helper the page does not have.
    const measureClick = `(boxId) => new Promise((resolve) => {
      const filter = document.querySelector('databank-filter');
      const start = performance.now();
      const t = { shown: 0, painted: false, complete: 0 };
      const watch = new MutationObserver(() => {
        if (!t.shown && filter.hasAttribute('data-getoond')) {
          t.shown = -1;
          requestAnimationFrame(() => setTimeout(() => {
            t.shown = performance.now() - start;
            t.painted = true;
            if (t.complete) resolve(t);
          }));
        }
        if (!t.complete && filter.hasAttribute('data-klaar')) {
          t.complete = performance.now() - start;
          watch.disconnect();
          if (t.painted) resolve(t);
        }
      });
      watch.observe(filter, { attributes: true, attributeFilter: ['data-getoond', 'data-klaar'] });
      document.getElementById(boxId).click();
    })`;
    const click = (id: string) => page.evaluate(`(${measureClick})(${JSON.stringify(id)})`) as Promise<{ shown: number; complete: number }>;
    const times: { shown: number; complete: number }[] = [];
    // Tick and untick a spread of values of every facet: each click is one filter change.
    const picks = boxes.filter((_, i) => i % Math.max(1, Math.floor(boxes.length / 8)) === 0).slice(0, 8);
    const first = await click(picks[0]!);
    for (const id of [...picks.slice(1), ...picks]) times.push(await click(id));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const shown = times.map((t) => t.shown);
    return { firstMs: first.shown, medianMs: median(shown), maxMs: Math.max(...shown), completeMs: median(times.map((t) => t.complete)), clicks: times.length + 1 };
  } finally {
    await browser.close();
    await server.close();
  }
}
