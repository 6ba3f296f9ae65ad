/** What `npm run audit:web` prints: one table per audit, every number next to its budget. */
import { createRequire } from 'node:module';
import type { AxeResult } from './axe.js';
import { BUDGETS, kb } from './budgets.js';
import { AUDIT_LOCALES, VIEWPORTS } from './chromium.js';
import type { InitialJs } from './initial-js.js';
import type { LighthouseSummary } from './lighthouse.js';

const AXE_VERSION = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** The first page's JS, file by file, with the totals until `load` and until the network is idle. */
export function printInitialJs(initialJs: InitialJs): void {
  console.log(`\nInitial JS of ${initialJs.path} (first visit; gzip = zlib default level of the built files)\n`);
  console.log(
    table(
      ['file', 'start ms', 'raw', 'gzip', 'over the wire', 'requested'],
      initialJs.files.map((f) => [
        f.file,
        f.startMs,
        kb(f.rawBytes),
        kb(f.gzipBytes),
        kb(f.transferBytes),
        f.afterLoad ? 'after load' : 'before load',
      ]),
    ),
  );
  console.log(
    `\nload event at ${initialJs.loadEventMs} ms · until load: ${initialJs.beforeLoad.files} files, ${kb(initialJs.beforeLoad.gzipBytes)} gzip · until idle: ${initialJs.beforeIdle.files} files, ${kb(initialJs.beforeIdle.gzipBytes)} gzip (${kb(initialJs.beforeIdle.transferBytes)} transferred) · budget ${kb(BUDGETS.initialJsBytes)}, ceiling ${kb(BUDGETS.initialJsCeilingBytes)}`,
  );
}

/** The median Lighthouse run of each route: scores, metrics, then each route's LCP element and findings. */
export function printLighthouse(
  lighthouse: LighthouseSummary[],
  { runs, cpuSlowdown }: { runs: number; cpuSlowdown?: number },
): void {
  const cpu = cpuSlowdown === undefined ? '' : `, CPU slowdown ${cpuSlowdown} instead of 4`;
  console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs})` : '(1 run)'}, mobile, simulated throttling${cpu}\n`);
  console.log(
    table(
      [
        'route',
        'perf',
        'a11y',
        'best pr.',
        'FCP ms',
        'LCP ms',
        'TBT ms',
        'CLS',
        'SI ms',
        'JS transfer',
        'main thread ms',
        'observed FCP/LCP ms',
        'benchmarkIndex',
      ],
      lighthouse.map((s) =>
        s.error
          ? [new URL(s.url).pathname, 'could not run', ...Array<string>(11).fill('')]
          : [
              new URL(s.url).pathname,
              s.scores.performance,
              s.scores.accessibility,
              s.scores['best-practices'],
              s.metrics.fcpMs,
              s.metrics.lcpMs,
              s.metrics.tbtMs,
              s.metrics.cls,
              s.metrics.speedIndexMs,
              s.scriptTransferBytes === undefined ? '' : kb(s.scriptTransferBytes),
              s.mainThreadMs ?? '',
              `${s.observed.fcpMs}/${s.observed.lcpMs}`,
              Math.round(s.benchmarkIndex ?? 0),
            ],
      ),
    ),
  );
  for (const s of lighthouse) {
    if (!s.findings.length && !s.lcpElement) continue;
    console.log(`\n${new URL(s.url).pathname}: LCP element ${s.lcpElement ?? '?'}`);
    for (const f of s.findings)
      console.log(
        `  [${f.category}] ${f.id}: ${f.title}${f.savings ? ` — ${f.savings}` : ''}${f.items.length ? `\n      ${f.items.join('\n      ')}` : ''}`,
      );
  }
}

/** axe's violations: a table of every route, visitor, language and width, then each rule once with examples. */
export function printAxe(axe: AxeResult[]): void {
  console.log(`\naxe-core ${AXE_VERSION} violations (wcag2a, wcag2aa, wcag21a, wcag21aa, best-practice)\n`);
  const columns = AUDIT_LOCALES.flatMap((l) => VIEWPORTS.map((v) => `${l} ${v.name}`));
  const keys = [...new Set(axe.map((r) => `${r.url}\t${r.visitor}`))];
  console.log(
    table(
      ['route', 'visitor', ...columns],
      keys.map((key) => {
        const [url, visitor] = key.split('\t') as [string, string];
        return [
          url,
          visitor,
          ...AUDIT_LOCALES.flatMap((l) =>
            VIEWPORTS.map((v) => {
              const r = axe.find(
                (x) => x.url === url && x.visitor === visitor && x.locale === l && x.viewport === v.name,
              );
              if (!r) return '-';
              if (r.error) return 'error';
              return r.violations.length ? `${r.violations.length}: ${r.violations.map((x) => x.id).join(',')}` : '0';
            }),
          ),
        ];
      }),
    ),
  );
  const byRule = new Map<
    string,
    { help: string; impact: string | null; where: Set<string>; targets: Set<string>; html: Set<string> }
  >();
  for (const r of axe) {
    for (const v of r.violations) {
      const entry = byRule.get(v.id) ?? {
        help: v.help,
        impact: v.impact,
        where: new Set(),
        targets: new Set(),
        html: new Set(),
      };
      entry.where.add(`${r.url} [${r.visitor}, ${r.locale}, ${r.viewport}]`);
      v.targets.forEach((t) => entry.targets.add(t));
      v.html.forEach((h) => entry.html.add(h));
      byRule.set(v.id, entry);
    }
  }
  for (const [id, e] of byRule) {
    console.log(
      `\n${id} (${e.impact}): ${e.help}\n  on ${e.where.size} page views, e.g. ${[...e.where].slice(0, 4).join('; ')}`,
    );
    console.log(`  targets: ${[...e.targets].slice(0, 8).join('  ')}`);
    console.log(`  html: ${[...e.html].slice(0, 4).join('\n        ')}`);
  }
}
