import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
};

/** axe-core's global, typed here only (no global declaration: other test files may declare their own). */
type AxeGlobal = { run: (context?: unknown, options?: unknown) => Promise<{ violations: AxeViolation[] }> };

/**
 * Runs axe-core on the page as it is now and returns the violations (WCAG 2.x A/AA and best
 * practices). Compare with `[]`; the summary names the rule and the elements when it fails.
 */
export async function axeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeViolation[]> {
  // During an Ionic page transition the leaving and the entering page are both shown, with two
  // banners and two mains: check the page people actually read, once the transition is over.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ion-router-outlet')].every(
      (outlet) =>
        [...outlet.children].filter((c) => c.classList.contains('ion-page') && !c.classList.contains('ion-page-hidden'))
          .length <= 1,
    ),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    // The app's CSP (script-src 'self') blocks addScriptTag's inline script. Evaluating through
    // the DevTools protocol is not subject to the page's CSP, and the CSP under test stays on.
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe?: AxeGlobal }).axe;
    if (!axe) throw new Error('axe-core did not load');
    const { violations } = await axe.run(exclude.length ? { exclude: exclude.map((s) => [s]) } : document, {
      resultTypes: ['violations'],
    });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, html }) => ({ target, html: html.slice(0, 200) })),
    }));
  }, options.exclude ?? []);
}

/** One line per violation, for an assertion message. */
export function summarize(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)
    .join('\n');
}
