/**
 * `npm run audit:web` (after the build): Lighthouse (mobile, simulated throttling), axe-core on
 * every route in zh-CN and en at 390×844 and 320×640, and the first page's initial JS, against
 * the real server with the built client, an embedded database and the demo data.
 *
 * Writes dist/audit-results.json (and the median Lighthouse reports in dist/audit-lighthouse/) and
 * exits 1 when a budget is missed. Environment:
 *   AUDIT_CLIENT_DIR   built client to serve (default dist/client)
 *   AUDIT_LH_RUNS      Lighthouse runs per route, median taken (default 3: one run swings by ±8 points here)
 *   AUDIT_LH_ROUTES    comma-separated paths for Lighthouse (default: the tab pages and one detail page per feature)
 *   AUDIT_ONLY         comma-separated subset of js,lighthouse,axe
 *   AUDIT_AXE_WORKERS  browser contexts auditing at once (default 2)
 *   AUDIT_LH_CPU_SLOWDOWN  diagnostics only: Lighthouse's simulated CPU slowdown instead of 4 (budgets still apply)
 *   AUDIT_PARAMS       route parameter values, e.g. "id=6b09…,code=ce-ops-101" (defaults: tests/audit/routes.ts)
 *   AUDIT_ROUTES       regular expression: audit only the paths it matches (axe and Lighthouse)
 *   AUDIT_ADVISORY     comma-separated budgets (keys of BUDGETS) that are reported but do not fail the run,
 *                      e.g. "initialJsBytes,performance" in CI (issue #7); an audit that could not run always
 *                      fails
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { auditTarget, openContext, type AxeResult } from './axe.js';
import { BUDGETS, checkBudgets, gate, kb, parseAdvisory } from './budgets.js';
import { AUDIT_LOCALES, CHROMIUM_FLAGS, CHROMIUM_PATH, type AuditLocale } from './chromium.js';
import { measureInitialJs, type InitialJs } from './initial-js.js';
import { runLighthouse, type LighthouseSummary } from './lighthouse.js';
import { printAxe, printInitialJs, printLighthouse } from './report.js';
import { inventory, resolveParams, type AuditTarget, type Visitor } from './routes.js';
import { startAuditServer } from './serve.js';

const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const builtDir = process.env.AUDIT_CLIENT_DIR ?? join(repoDir, 'dist/client');
const resultsFile = join(repoDir, 'dist/audit-results.json');
const reportsDir = join(repoDir, 'dist/audit-lighthouse');

const FIRST_PAGE = '/showroom';
/** Lighthouse routes: the four tabs and a detail page of each feature, when they exist. */
const DEFAULT_LH_ROUTES = [
  '/showroom',
  '/training',
  '/disputes',
  '/me',
  '/showroom/guide',
  '/training/courses/ce-ops-101',
];

const only = new Set((process.env.AUDIT_ONLY ?? 'js,lighthouse,axe').split(',').map((s) => s.trim()));
const lhRuns = Math.max(1, Number(process.env.AUDIT_LH_RUNS ?? 3));
const cpuSlowdown = process.env.AUDIT_LH_CPU_SLOWDOWN ? Number(process.env.AUDIT_LH_CPU_SLOWDOWN) : undefined;
const axeWorkers = Math.max(1, Number(process.env.AUDIT_AXE_WORKERS ?? 2));

const advisory = parseAdvisory(process.env.AUDIT_ADVISORY ?? '');

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string) => console.log(`[audit ${elapsed()}] ${message}`);

/**
 * A private copy of the build: other runs of `npm run build` empty dist/client while we audit.
 * Checks that the copy is whole: index.html, the worker and every file index.html refers to.
 */
async function snapshotBuild(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lugang-audit-client-'));
  for (let attempt = 1; ; attempt += 1) {
    rmSync(dir, { recursive: true, force: true });
    try {
      cpSync(builtDir, dir, { recursive: true });
      const index = readFileSync(join(dir, 'index.html'), 'utf8');
      const refs = [...index.matchAll(/(?:src|href)="(\/[^"?#]+)"/g)].map((m) => m[1]!);
      const missing = ['/sw.js', ...refs].filter((ref) => !existsSync(join(dir, ref)));
      if (!missing.length) return dir;
      throw new Error(`the build lacks ${missing.join(', ')}`);
    } catch (error) {
      if (attempt >= 5)
        throw new Error(
          `No whole build in ${builtDir} (${String(error)}): run \`npm run build\` first (or set AUDIT_CLIENT_DIR).`,
          { cause: error },
        );
    }
    // Another build is writing it: wait for it to finish.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

async function main(): Promise<number> {
  let clientDir: string;
  try {
    clientDir = await snapshotBuild();
  } catch (error) {
    console.error(String(error));
    return 2;
  }
  try {
    return await audit(clientDir);
  } finally {
    rmSync(clientDir, { recursive: true, force: true });
  }
}

async function audit(clientDir: string): Promise<number> {
  const loadBefore = load();
  log(`load average ${loadBefore} · client ${builtDir} (copied to ${clientDir})`);
  const server = await startAuditServer(clientDir);
  const routes = await resolveParams(server.baseUrl)
    .then((params) => inventory(join(repoDir, 'client/src'), params))
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
  if (process.env.AUDIT_ROUTES) {
    const pattern = new RegExp(process.env.AUDIT_ROUTES);
    routes.targets = routes.targets.filter((t) => pattern.test(t.url));
  }
  log(`server on ${server.baseUrl}; ${routes.targets.length} route/visitor pairs to audit`);
  const warnings: string[] = [];
  let initialJs: InitialJs | undefined;
  let lighthouse: LighthouseSummary[] = [];
  let axe: AxeResult[] = [];

  try {
    // 1. The first page's JS, alone on the machine (before Lighthouse and axe start).
    if (only.has('js')) {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
      try {
        initialJs = await measureInitialJs(browser, server.baseUrl, clientDir, FIRST_PAGE);
      } finally {
        await browser.close();
      }
      log(
        `initial JS of ${FIRST_PAGE}: ${kb(initialJs.beforeIdle.gzipBytes)} gzip until idle (${kb(initialJs.beforeLoad.gzipBytes)} until load)`,
      );
    }

    // 2. Lighthouse, one route after another, nothing else of ours running.
    if (only.has('lighthouse')) {
      const existing = new Set(routes.targets.filter((t) => t.visitor === 'anonymous').map((t) => t.url));
      const wanted =
        process.env.AUDIT_LH_ROUTES?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? DEFAULT_LH_ROUTES.filter((p) => existing.has(p));
      if (!wanted.length) warnings.push('Lighthouse: no route to run');
      mkdirSync(reportsDir, { recursive: true });
      const { summaries, reports } = await runLighthouse(
        wanted.map((p) => `${server.baseUrl}${p}`),
        lhRuns,
        (s) =>
          log(
            s.error
              ? `lighthouse ${new URL(s.url).pathname}: could not run: ${s.error}`
              : `lighthouse ${new URL(s.url).pathname}: perf ${s.scores.performance} (runs ${s.performanceRuns.join('/')}) a11y ${s.scores.accessibility} bp ${s.scores['best-practices']} · TBT ${s.metrics.tbtMs} ms LCP ${s.metrics.lcpMs} ms · load ${load()}`,
          ),
        cpuSlowdown,
      );
      lighthouse = summaries;
      if (cpuSlowdown !== undefined)
        warnings.push(`Lighthouse ran with a CPU slowdown of ${cpuSlowdown} instead of 4 (AUDIT_LH_CPU_SLOWDOWN)`);
      for (const { url, lhr } of reports) {
        const slug = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/[^\w-]+/g, '_') || 'root';
        writeFileSync(join(reportsDir, `${slug}.json`), JSON.stringify(lhr));
      }
    }

    // 3. axe-core on every route, both languages, both phone sizes, as the visitor the route needs.
    if (only.has('axe')) {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
      try {
        const groups: { visitor: Visitor; locale: AuditLocale; targets: AuditTarget[] }[] = [];
        for (const locale of AUDIT_LOCALES) {
          for (const visitor of [...new Set(routes.targets.map((t) => t.visitor))]) {
            groups.push({ visitor, locale, targets: routes.targets.filter((t) => t.visitor === visitor) });
          }
        }
        const queue = [...groups];
        const worker = async () => {
          for (let group = queue.shift(); group; group = queue.shift()) {
            const context = await openContext(browser, server.baseUrl, group.visitor, group.locale);
            try {
              for (const target of group.targets) {
                let results = await auditTarget(context, target, group.locale);
                if (results.some((r) => r.error || r.violations.length)) {
                  // Once more, so that CI fails on what persists, not on a page caught mid-transition.
                  const first = results.map((r) => r.error?.split('\n')[0] ?? r.violations.map((v) => v.id).join(' '));
                  results = await auditTarget(context, target, group.locale);
                  if (results.every((r) => !r.error && !r.violations.length))
                    warnings.push(
                      `${target.url} [${group.visitor}, ${group.locale}]: clean on a second try after: ${first.join(' / ')}`,
                    );
                }
                axe.push(...results);
                const counts = results.map((r) => (r.error ? 'error' : r.violations.length)).join('/');
                const ms = `open ${results[0]?.openMs ?? '?'} ms, axe ${results.map((r) => r.axeMs ?? '?').join('/')} ms`;
                log(`axe ${target.url} [${group.visitor}, ${group.locale}] violations ${counts} (${ms})`);
              }
            } finally {
              await context.close();
            }
          }
        };
        await Promise.all(Array.from({ length: axeWorkers }, worker));
      } finally {
        await browser.close();
      }
      axe = axe.sort(
        (a, b) =>
          a.url.localeCompare(b.url) ||
          a.visitor.localeCompare(b.visitor) ||
          a.locale.localeCompare(b.locale) ||
          a.viewport.localeCompare(b.viewport),
      );
    }
  } finally {
    await server.close();
  }

  const checked = checkBudgets({ firstPage: FIRST_PAGE, initialJs, lighthouse, axe });
  const failures = checked.failures;
  warnings.push(...checked.warnings);

  // Report.
  const loadAfter = load();
  if (initialJs) printInitialJs(initialJs);
  if (lighthouse.length) printLighthouse(lighthouse, { runs: lhRuns, cpuSlowdown });
  if (axe.length) printAxe(axe);
  if (routes.skipped.length)
    console.log(`\nnot audited: ${routes.skipped.map((s) => `${s.pattern} (${s.reason})`).join(', ')}`);
  if (warnings.length) console.log(`\nwarnings:\n  ${[...new Set(warnings)].join('\n  ')}`);

  mkdirSync(join(repoDir, 'dist'), { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        loadAverage: { before: loadBefore, after: loadAfter },
        durationS: Math.round((Date.now() - started) / 1000),
        budgets: BUDGETS,
        initialJs,
        lighthouse,
        axe,
        skipped: routes.skipped,
        warnings,
        advisory: [...advisory],
        failures,
      },
      null,
      2,
    ),
  );
  console.log(`\nload average before ${loadBefore}, after ${loadAfter} · ${elapsed()} · results in ${resultsFile}`);
  const { failing, advised } = gate(failures, advisory);
  if (advised.length)
    console.log(
      `\nMISSED, advisory only (AUDIT_ADVISORY=${[...advisory].join(',')}) (${advised.length}):\n  ${advised.map((f) => f.message).join('\n  ')}`,
    );
  if (failing.length) {
    console.log(`\nFAILED (${failing.length}):\n  ${failing.map((f) => f.message).join('\n  ')}`);
    return 1;
  }
  console.log(advised.length ? '\nEvery gating budget met.' : '\nAll budgets met.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
