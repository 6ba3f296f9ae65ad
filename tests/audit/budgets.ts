import type { AxeResult } from './axe.js';
import type { InitialJs } from './initial-js.js';
import type { LighthouseSummary } from './lighthouse.js';

export const BUDGETS = {
  performance: 90,
  accessibility: 100,
  bestPractices: 95,
  /** gzip bytes of the JS the first page requests before the network is idle (1 KB = 1000 bytes). */
  initialJsBytes: 150_000,
  /**
   * The first page's JS may not grow: what it measured when its budget above was last missed (172.7 KB
   * at 3f0e447) and a little room. A byte count does not depend on the machine's speed, so CI gates on
   * it while it only advises on `initialJsBytes`. Lower it whenever the first page gets smaller.
   */
  initialJsCeilingBytes: 175_000,
  axeViolations: 0,
} as const;

export type Budget = keyof typeof BUDGETS;
/** A missed budget, or `budget: null` for an audit that could not run at all (that always fails). */
export type Failure = { budget: Budget | null; message: string };

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The budgets named in `AUDIT_ADVISORY` ("initialJsBytes,performance"): reported, but not failing the run. */
export function parseAdvisory(list: string): Set<Budget> {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in BUDGETS));
  if (unknown.length)
    throw new Error(`AUDIT_ADVISORY: unknown budget ${unknown.join(', ')} (known: ${Object.keys(BUDGETS).join(', ')})`);
  return new Set(names as Budget[]);
}

type Audits = {
  firstPage: string;
  initialJs?: InitialJs;
  lighthouse: LighthouseSummary[];
  axe: AxeResult[];
};

/** Every missed budget, and what is worth a look without failing anything. */
export function checkBudgets({ firstPage, initialJs, lighthouse, axe }: Audits): {
  failures: Failure[];
  warnings: string[];
} {
  const failures: Failure[] = [];
  const warnings: string[] = [];
  const miss = (budget: Budget | null, message: string) => failures.push({ budget, message });

  if (initialJs && initialJs.beforeIdle.gzipBytes > BUDGETS.initialJsBytes) {
    const measured = kb(initialJs.beforeIdle.gzipBytes);
    miss('initialJsBytes', `initial JS of ${firstPage}: ${measured} gzip > ${kb(BUDGETS.initialJsBytes)}`);
  }
  if (initialJs && initialJs.beforeIdle.gzipBytes > BUDGETS.initialJsCeilingBytes) {
    const measured = kb(initialJs.beforeIdle.gzipBytes);
    miss(
      'initialJsCeilingBytes',
      `initial JS of ${firstPage} grew: ${measured} gzip > its ceiling ${kb(BUDGETS.initialJsCeilingBytes)}`,
    );
  }
  for (const s of lighthouse) {
    const path = new URL(s.url).pathname;
    if (s.error) {
      miss(null, `${path}: Lighthouse could not run: ${s.error}`);
      continue;
    }
    const { performance, accessibility, 'best-practices': bestPractices } = s.scores;
    if (performance < BUDGETS.performance)
      miss('performance', `${path}: Lighthouse performance ${performance} < ${BUDGETS.performance}`);
    if (accessibility < BUDGETS.accessibility)
      miss('accessibility', `${path}: Lighthouse accessibility ${accessibility} < ${BUDGETS.accessibility}`);
    if (bestPractices < BUDGETS.bestPractices)
      miss('bestPractices', `${path}: Lighthouse best practices ${bestPractices} < ${BUDGETS.bestPractices}`);
  }
  for (const r of axe) {
    const where = `${r.url} [${r.visitor}, ${r.locale}, ${r.viewport}]`;
    if (r.error) {
      miss(null, `${where}: audit failed: ${r.error.split('\n')[0]}`);
      continue;
    }
    for (const v of r.violations)
      miss('axeViolations', `${where}: axe ${v.id} (${v.impact}) on ${v.targets.join(', ')}`);
    if (r.finalPath !== new URL(r.url, 'http://x').pathname)
      warnings.push(`${where}: ended on ${r.finalPath}, so that page was audited instead`);
    if (r.lang !== r.locale) warnings.push(`${where}: <html lang="${r.lang}"> in locale ${r.locale}`);
    if (!r.fitsWidth) warnings.push(`${where}: content scrolls sideways`);
  }
  return { failures, warnings };
}

/** Splits the failures into those that fail the run and those `advisory` only reports. */
export function gate(failures: Failure[], advisory: Set<Budget>): { failing: Failure[]; advised: Failure[] } {
  const advises = (f: Failure) => f.budget !== null && advisory.has(f.budget);
  return { failing: failures.filter((f) => !advises(f)), advised: failures.filter(advises) };
}
