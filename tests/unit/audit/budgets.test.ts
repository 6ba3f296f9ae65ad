import { describe, expect, it } from 'vitest';
import type { AxeResult } from '../../audit/axe.js';
import { checkBudgets, gate, parseAdvisory } from '../../audit/budgets.js';
import type { InitialJs } from '../../audit/initial-js.js';
import type { LighthouseSummary } from '../../audit/lighthouse.js';

const totals = (gzipBytes: number) => ({ files: 1, gzipBytes, rawBytes: gzipBytes * 3, transferBytes: gzipBytes });
const initialJs = (gzipBytes: number): InitialJs => ({
  path: '/showroom',
  beforeLoad: totals(400),
  beforeIdle: totals(gzipBytes),
  loadEventMs: 120,
  files: [],
});

function lighthouseOf(path: string, performance: number, accessibility = 100, bestPractices = 100): LighthouseSummary {
  return {
    url: `http://127.0.0.1:4000${path}`,
    runs: 3,
    scores: { performance, accessibility, 'best-practices': bestPractices },
    performanceRuns: [performance],
    metrics: { fcpMs: 900, lcpMs: 900, tbtMs: 150, cls: 0, speedIndexMs: 1000, ttiMs: 1500 },
    observed: { fcpMs: 100, lcpMs: 100, loadMs: 200 },
    findings: [],
    warnings: [],
  };
}

function axeOf(url: string, change: Partial<AxeResult> = {}): AxeResult {
  return {
    url,
    pattern: url,
    visitor: 'anonymous',
    locale: 'en',
    viewport: 'phone',
    finalPath: url,
    lang: 'en',
    fitsWidth: true,
    violations: [],
    ...change,
  };
}

describe('audit:web budgets', () => {
  it('passes results within every budget, with nothing to warn about', () => {
    const { failures, warnings } = checkBudgets({
      firstPage: '/showroom',
      initialJs: initialJs(149_000),
      lighthouse: [lighthouseOf('/showroom', 90)],
      axe: [axeOf('/showroom')],
    });
    expect(failures).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('names each missed budget with the number that missed it', () => {
    const { failures } = checkBudgets({
      firstPage: '/showroom',
      initialJs: initialJs(176_500),
      lighthouse: [lighthouseOf('/training', 89, 98, 94)],
      axe: [
        axeOf('/me', {
          violations: [{ id: 'color-contrast', impact: 'serious', help: '', targets: ['"p.hint"'], html: [] }],
        }),
      ],
    });
    expect(failures).toEqual([
      { budget: 'initialJsBytes', message: 'initial JS of /showroom: 176.5 KB gzip > 150.0 KB' },
      {
        budget: 'initialJsCeilingBytes',
        message: 'initial JS of /showroom grew: 176.5 KB gzip > its ceiling 175.0 KB',
      },
      { budget: 'performance', message: '/training: Lighthouse performance 89 < 90' },
      { budget: 'accessibility', message: '/training: Lighthouse accessibility 98 < 100' },
      { budget: 'bestPractices', message: '/training: Lighthouse best practices 94 < 95' },
      { budget: 'axeViolations', message: '/me [anonymous, en, phone]: axe color-contrast (serious) on "p.hint"' },
    ]);
  });

  it('counts an audit that could not run as a failure of no budget, which advice cannot waive', () => {
    const { failures } = checkBudgets({
      firstPage: '/showroom',
      lighthouse: [{ ...lighthouseOf('/disputes', 0, 0, 0), error: 'PROTOCOL_TIMEOUT' }],
      axe: [axeOf('/disputes', { error: 'Timeout 30000ms exceeded.\n  at goto' })],
    });
    expect(failures).toEqual([
      { budget: null, message: '/disputes: Lighthouse could not run: PROTOCOL_TIMEOUT' },
      { budget: null, message: '/disputes [anonymous, en, phone]: audit failed: Timeout 30000ms exceeded.' },
    ]);
    const everyBudget = parseAdvisory(
      'performance,accessibility,bestPractices,initialJsBytes,initialJsCeilingBytes,axeViolations',
    );
    expect(gate(failures, everyBudget).failing).toEqual(failures);
  });

  it('only reports the advisory budgets, and still fails on the others', () => {
    const { failures } = checkBudgets({
      firstPage: '/showroom',
      initialJs: initialJs(172_700),
      lighthouse: [lighthouseOf('/me', 85, 96)],
      axe: [],
    });
    const { failing, advised } = gate(failures, parseAdvisory(' initialJsBytes , performance '));
    expect(advised.map((f) => f.budget)).toEqual(['initialJsBytes', 'performance']);
    expect(failing).toEqual([{ budget: 'accessibility', message: '/me: Lighthouse accessibility 96 < 100' }]);
  });

  it('fails on first-page JS that grew past its ceiling even while its budget only advises', () => {
    const within = checkBudgets({ firstPage: '/showroom', initialJs: initialJs(175_000), lighthouse: [], axe: [] });
    expect(within.failures.map((f) => f.budget)).toEqual(['initialJsBytes']);

    const grown = checkBudgets({ firstPage: '/showroom', initialJs: initialJs(178_300), lighthouse: [], axe: [] });
    const { failing, advised } = gate(grown.failures, parseAdvisory('initialJsBytes,performance'));
    expect(advised.map((f) => f.budget)).toEqual(['initialJsBytes']);
    expect(failing).toEqual([
      {
        budget: 'initialJsCeilingBytes',
        message: 'initial JS of /showroom grew: 178.3 KB gzip > its ceiling 175.0 KB',
      },
    ]);
  });

  it('warns about a page that redirected, has the wrong lang or scrolls sideways', () => {
    const { failures, warnings } = checkBudgets({
      firstPage: '/showroom',
      lighthouse: [],
      axe: [axeOf('/training/mine', { finalPath: '/me/sign-in', lang: 'zh-CN', fitsWidth: false })],
    });
    expect(failures).toEqual([]);
    expect(warnings).toEqual([
      '/training/mine [anonymous, en, phone]: ended on /me/sign-in, so that page was audited instead',
      '/training/mine [anonymous, en, phone]: <html lang="zh-CN"> in locale en',
      '/training/mine [anonymous, en, phone]: content scrolls sideways',
    ]);
  });

  it('refuses an advisory budget it does not know, listing those it does', () => {
    expect(() => parseAdvisory('initialJs')).toThrow(
      'AUDIT_ADVISORY: unknown budget initialJs (known: performance, accessibility, bestPractices, initialJsBytes, initialJsCeilingBytes, axeViolations)',
    );
    expect(parseAdvisory('')).toEqual(new Set());
  });
});
