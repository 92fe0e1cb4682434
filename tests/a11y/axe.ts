import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

/** The WCAG levels a Flemish government site must meet: 2.0 and 2.1, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The installed axe-core, injected as source text into a context made with `bypassCSP: true`:
// the site's strict CSP (rightly) blocks the inline <script> addScriptTag inserts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One readable line per failing node: rule id, CSS target and what to fix. */
export function describeViolations(path: string, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${path}: ${v.id} at ${n.target.join(' ')}: ${v.help} (${v.helpUrl})`),
  );
}

/**
 * Runs axe on the page as it is now. No rule is disabled: every WCAG 2.x A/AA rule applies.
 * `include` narrows the check to one part of the page (e.g. the search results).
 */
export async function runAxe(page: Page, include?: string): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const results = (await page.evaluate(
    ([tags, context]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(
        context ?? document,
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    [WCAG_TAGS, include] as const,
  )) as AxeResults;
  return results.violations;
}
