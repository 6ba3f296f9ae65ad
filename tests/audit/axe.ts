import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOCALE_STORAGE_KEY, VIEWPORTS, type AuditLocale } from './chromium.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type AuditTarget, type Visitor } from './routes.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[]; html: string[] };

export type AxeResult = {
  url: string;
  pattern: string;
  visitor: Visitor;
  locale: AuditLocale;
  viewport: string;
  /** Where the browser ended up (a guard may have sent it to sign in). */
  finalPath: string;
  /** <html lang> as the page set it. */
  lang: string;
  /** Nothing scrolls sideways (document or ion-content). Informative. */
  fitsWidth: boolean;
  violations: AxeViolation[];
  /** Milliseconds: opening the page until it settled (first viewport only), and running axe. */
  openMs?: number;
  axeMs?: number;
  error?: string;
};

declare global {
  interface Window {
    axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: RawViolation[] }> };
  }
}
type RawViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] };

/**
 * A browser context for one visitor in one language, signed in through the API like the app does.
 * Service workers are blocked here: they do not change the DOM, and precaching 2 MB in every
 * context only slows the audit (installability.test.ts checks the worker).
 */
export async function openContext(
  browser: Browser,
  baseUrl: string,
  visitor: Visitor,
  locale: AuditLocale,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, locale, serviceWorkers: 'block' });
  await context.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key as string, value as string);
      } catch {
        // about:blank has no storage.
      }
    },
    [LOCALE_STORAGE_KEY, locale],
  );
  if (visitor !== 'anonymous') {
    const response = await context.request.post(`${baseUrl}/api/auth/login`, {
      data: { login: DEMO_ACCOUNTS[visitor], password: DEMO_PASSWORD },
      headers: { Origin: baseUrl },
    });
    if (!response.ok()) throw new Error(`sign-in as ${visitor} failed: ${response.status()} ${await response.text()}`);
  }
  return context;
}

/** Waits until the routed page shows (its <h1>), the network is quiet and transitions are over. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page
    .locator('h1:visible')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(250);
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // script-src 'self' blocks addScriptTag's inline script; evaluate() is not subject to the CSP.
    await page.evaluate(AXE_SOURCE);
  }
  const raw = await page.evaluate(
    (tags) => window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return raw.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target.length === 1 ? n.target[0] : n.target)),
    html: v.nodes.map((n) => n.html.replace(/\s+/g, ' ').slice(0, 160)),
  }));
}

async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) return false;
    return [...document.querySelectorAll('ion-content')].every((content) => {
      const scroller = content.shadowRoot?.querySelector<HTMLElement>('.inner-scroll');
      return !scroller || scroller.scrollWidth <= scroller.clientWidth;
    });
  });
}

/**
 * Opens the page at the first viewport, runs axe, then narrows the window to each further
 * viewport (the CSS re-lays out; no reload) and runs axe again.
 */
export async function auditTarget(
  context: BrowserContext,
  target: AuditTarget,
  locale: AuditLocale,
): Promise<AxeResult[]> {
  const page = await context.newPage();
  const results: AxeResult[] = [];
  const base = { url: target.url, pattern: target.pattern, visitor: target.visitor, locale };
  try {
    const opening = Date.now();
    await page.setViewportSize(VIEWPORTS[0]);
    await page.goto(target.url);
    await settle(page);
    const openMs = Date.now() - opening;
    for (const [i, viewport] of VIEWPORTS.entries()) {
      if (i > 0) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(300);
      }
      const checking = Date.now();
      const violations = await runAxe(page);
      results.push({
        ...base,
        viewport: viewport.name,
        finalPath: new URL(page.url()).pathname,
        lang: await page.evaluate(() => document.documentElement.lang),
        fitsWidth: await fitsWidth(page),
        violations,
        openMs: i === 0 ? openMs : undefined,
        axeMs: Date.now() - checking,
      });
    }
  } catch (error) {
    for (const viewport of VIEWPORTS.slice(results.length)) {
      results.push({
        ...base,
        viewport: viewport.name,
        finalPath: '',
        lang: '',
        fitsWidth: false,
        violations: [],
        error: String(error),
      });
    }
  } finally {
    await page.close();
  }
  return results;
}
