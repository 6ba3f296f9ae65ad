import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.js';

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export type LighthouseSummary = {
  url: string;
  runs: number;
  /** 0–100, of the median run (Lighthouse's own choice: closest to the median FCP and TTI). */
  scores: Record<(typeof LH_CATEGORIES)[number], number>;
  /** Every run's performance score, to see the spread. */
  performanceRuns: number[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number; ttiMs: number };
  /** What the unthrottled run itself saw on this machine (before the simulation). */
  observed: { fcpMs: number; lcpMs: number; loadMs: number };
  lcpElement?: string;
  scriptTransferBytes?: number;
  totalTransferBytes?: number;
  /** Main-thread time of the trace (the machine's load shows here first). */
  mainThreadMs?: number;
  bootupMs?: number;
  /** Performance opportunities with savings, and failing accessibility/best-practices audits. */
  findings: { category: string; id: string; title: string; savings?: string; items: string[] }[];
  benchmarkIndex?: number;
  warnings: string[];
  /** Set when Lighthouse could not audit the page; the scores are then 0. */
  error?: string;
};

type AuditLike = Result['audits'][string];
type Item = Record<string, unknown>;

function itemsOf(audit: AuditLike | undefined): Item[] {
  const details = audit?.details as { items?: Item[] } | undefined;
  return Array.isArray(details?.items) ? details.items : [];
}

function describeItem(item: Item): string | undefined {
  if (typeof item.type === 'string') return undefined; // nested tables and network trees: see the report
  const node = item.node as { snippet?: string; selector?: string } | undefined;
  const label =
    node?.selector || node?.snippet
      ? `${node.selector ?? ''} ${node.snippet ?? ''}`.trim()
      : typeof item.url === 'string'
        ? item.url.replace(/^https?:\/\/[^/]+/, '') || '/'
        : typeof item.groupLabel === 'string'
          ? item.groupLabel
          : typeof item.description === 'string'
            ? item.description
            : typeof item.source === 'object' && item.source && 'url' in item.source
              ? String((item.source as { url: unknown }).url).replace(/^https?:\/\/[^/]+/, '')
              : undefined;
  if (!label) return undefined;
  const numbers: string[] = [];
  for (const [key, unit, scale] of [
    ['wastedBytes', 'KiB unused', 1024],
    ['totalBytes', 'KiB', 1024],
    ['wastedMs', 'ms saved', 1],
    ['total', 'ms total', 1],
    ['scripting', 'ms scripting', 1],
    ['duration', 'ms', 1],
  ] as const) {
    const value = item[key];
    if (typeof value === 'number') numbers.push(`${Math.round(value / scale)} ${unit}`);
  }
  return `${label.slice(0, 160)}${numbers.length ? ` (${numbers.join(', ')})` : ''}`;
}

const describeItems = (audit: AuditLike | undefined) =>
  itemsOf(audit)
    .map(describeItem)
    .filter((x): x is string => x !== undefined)
    .slice(0, 6);

/** Metrics (shown in the table) and insights that repeat a classic audit. */
const NOT_FINDINGS = new Set([
  'interactive',
  'max-potential-fid',
  'largest-contentful-paint-element',
  'render-blocking-insight',
  'network-dependency-tree-insight',
  'lcp-breakdown-insight',
]);

function summarize(url: string, runs: Result[]): LighthouseSummary {
  const lhr = runs.length > 1 ? computeMedianRun(runs) : runs[0]!;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const findings: LighthouseSummary['findings'] = [];
  for (const category of LH_CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9 || audit.scoreDisplayMode === 'informative') continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      if ((category === 'performance' && ref.group === 'metrics') || NOT_FINDINGS.has(ref.id)) continue;
      findings.push({
        category,
        id: ref.id,
        title: audit.title,
        savings: audit.displayValue,
        items: describeItems(audit),
      });
    }
  }
  // The performance diagnostics worth reading even when they pass.
  for (const id of [
    'unused-javascript',
    'render-blocking-resources',
    'uses-text-compression',
    'uses-long-cache-ttl',
    'font-display',
  ]) {
    const audit = lhr.audits[id];
    if (audit && audit.score !== null && audit.score < 1 && !findings.some((f) => f.id === id)) {
      findings.push({
        category: 'performance',
        id,
        title: audit.title,
        savings: audit.displayValue,
        items: describeItems(audit),
      });
    }
  }
  // LCP element: a table of the node, then a table of the phases (TTFB, load delay, render delay…).
  const [lcpTable, phaseTable] = itemsOf(lhr.audits['largest-contentful-paint-element']) as { items?: Item[] }[];
  const lcpNode = lcpTable?.items?.[0];
  const phases = (phaseTable?.items ?? [])
    .map((p) => `${String(p.phase)} ${Math.round(Number(p.timing))} ms`)
    .join(', ');
  const observed = itemsOf(lhr.audits.metrics)[0];
  const resources = itemsOf(lhr.audits['resource-summary']);
  const bytesOf = (type: string) => resources.find((r) => r.resourceType === type)?.transferSize as number | undefined;
  return {
    url,
    runs: runs.length,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
    },
    performanceRuns: runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
    metrics: {
      fcpMs: Math.round(num('first-contentful-paint')),
      lcpMs: Math.round(num('largest-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
      speedIndexMs: Math.round(num('speed-index')),
      ttiMs: Math.round(num('interactive')),
    },
    observed: {
      fcpMs: Math.round(Number(observed?.observedFirstContentfulPaint ?? NaN)),
      lcpMs: Math.round(Number(observed?.observedLargestContentfulPaint ?? NaN)),
      loadMs: Math.round(Number(observed?.observedLoad ?? NaN)),
    },
    lcpElement: lcpNode ? `${describeItem(lcpNode) ?? '?'}${phases ? ` — ${phases}` : ''}` : undefined,
    scriptTransferBytes: bytesOf('script'),
    totalTransferBytes: bytesOf('total'),
    mainThreadMs: Math.round(num('mainthread-work-breakdown')),
    bootupMs: Math.round(num('bootup-time')),
    findings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
  };
}

function failedSummary(url: string, error: string): LighthouseSummary {
  return {
    url,
    runs: 0,
    scores: { performance: 0, accessibility: 0, 'best-practices': 0 },
    performanceRuns: [],
    metrics: { fcpMs: NaN, lcpMs: NaN, tbtMs: NaN, cls: NaN, speedIndexMs: NaN, ttiMs: NaN },
    observed: { fcpMs: NaN, lcpMs: NaN, loadMs: NaN },
    findings: [],
    warnings: [],
    error,
  };
}

/**
 * Lighthouse 12 with its default (mobile, simulated throttling) settings against Debian's
 * Chromium, `runs` times per URL. Returns one summary per URL, and the full median reports.
 * A page Lighthouse cannot load gets a summary with `error` (and no report).
 */
export async function runLighthouse(
  urls: string[],
  runs: number,
  onDone?: (summary: LighthouseSummary) => void,
  /** Diagnostics only: replaces the simulated 4× CPU slowdown (e.g. 1 on a slow, loaded host). */
  cpuSlowdownMultiplier?: number,
): Promise<{ summaries: LighthouseSummary[]; reports: { url: string; lhr: Result }[] }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lugang-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS],
    userDataDir,
    logLevel: 'silent',
  });
  const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LH_CATEGORIES] };
  const config =
    cpuSlowdownMultiplier === undefined
      ? undefined
      : { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } };
  const summaries: LighthouseSummary[] = [];
  const reports: { url: string; lhr: Result }[] = [];
  try {
    for (const url of urls) {
      const results: Result[] = [];
      let error: string | undefined;
      // A trace can fail on a loaded machine (NO_NAVSTART, NO_FCP): such a run is tried again, twice.
      for (let attempt = 0; results.length < runs && attempt < runs + 2; attempt += 1) {
        const result = await lighthouse(url, flags, config).catch((e: unknown) => String(e));
        if (typeof result === 'string' || !result) error = result || 'Lighthouse returned nothing';
        else if (result.lhr.runtimeError) error = `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`;
        else results.push(result.lhr);
      }
      if (!results.length) {
        const failed = failedSummary(url, error ?? 'no result');
        summaries.push(failed);
        onDone?.(failed);
        continue;
      }
      const summary = summarize(url, results);
      summaries.push(summary);
      reports.push({ url, lhr: results.length > 1 ? computeMedianRun(results) : results[0]! });
      onDone?.(summary);
    }
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { summaries, reports };
}
