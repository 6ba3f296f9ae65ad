import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CREDIT_DEDUCTIONS } from '../../shared/statistics/credit.js';
import type { Dashboard, MerchantCredit } from '../../shared/statistics/schemas.js';
import type { TestApp } from '../support/test-app.js';
import {
  DEMO,
  DEMO_PASSWORD,
  VIEWPORTS,
  axeViolations,
  fitsWidth,
  launchBrowser,
  signInViaApi,
  summarize,
  type AppLocale,
  type BrowserOptions,
  type TestBrowser,
} from './support/index.js';
import { startServer } from './support/server.js';

let app: TestApp;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  app = await startServer();
  // A few scans, so the scan figures are not all zero: recorded behind the response, flushed within a second.
  for (const code of ['09304967152415', '09304967152415', '08803498143752'])
    expect((await fetch(`${app.baseUrl}/api/products/resolve?code=${code}`)).status).toBe(200);
  const cookie = await sessionCookie(DEMO.officer);
  await vi.waitFor(
    async () => {
      const response = await fetch(`${app.baseUrl}/api/statistics/dashboard`, { headers: { cookie } });
      expect(((await response.json()) as Dashboard).scans.total).toBe(3);
    },
    { timeout: 10_000, interval: 250 },
  );
});
afterAll(async () => {
  await app?.close();
});
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

async function open(options: Omit<BrowserOptions, 'baseURL'> = {}): Promise<TestBrowser> {
  const browser = await launchBrowser({ ...options, baseURL: app.baseUrl });
  browsers.push(browser);
  return browser;
}

async function asOfficer(options: Omit<BrowserOptions, 'baseURL'>): Promise<Page> {
  const { page } = await open(options);
  await signInViaApi(page, app.baseUrl, { login: DEMO.officer, password: DEMO_PASSWORD });
  return page;
}

/** The day in Datong, as the dashboard counts days. */
const parkDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** A session cookie, for calling the API from the test itself (e.g. a consumer filing complaints). */
async function sessionCookie(login: string = DEMO.consumer): Promise<string> {
  const response = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.baseUrl },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function fileComplaint(
  cookie: string,
  options: { product?: { gtin: string; lot: string }; merchantId?: string } = {},
): Promise<{ id: string; caseNumber: string }> {
  const response = await fetch(`${app.baseUrl}/api/disputes`, {
    method: 'POST',
    headers: { cookie, origin: app.baseUrl, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      complainant: { name: '王小明', phone: '13800000001', address: '山西省大同市平城区魏都大道 100 号' },
      respondent: { merchantId: options.merchantId ?? 'm-silkroad' },
      order: { purchaseDate: parkDay(-2), amount: 39.9 },
      category: 'counterfeit',
      ...(options.product ? { product: options.product } : {}),
      facts: '包装上的批号与扫码结果不一致，口味也不对。',
      request: '退货退款。',
    }),
  });
  const body = (await response.json()) as { id?: string; caseNumber?: string };
  expect(response.status, JSON.stringify(body)).toBe(201);
  return { id: body.id ?? '', caseNumber: body.caseNumber ?? '' };
}

async function creditOf(merchantId: string): Promise<MerchantCredit> {
  const response = await fetch(`${app.baseUrl}/api/merchants/${merchantId}/credit`, {
    headers: { cookie: await sessionCookie(DEMO.officer) },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as MerchantCredit;
}

const numberTag = (locale: AppLocale) => (locale === 'en' ? 'en-GB' : locale);

describe('statistics: the officers’ dashboard, merchant credit and live product risk', () => {
  const cases: [AppLocale, keyof typeof VIEWPORTS][] = [
    ['zh-CN', 'phone'],
    ['en', 'small'],
    ['zh-CN', 'small'],
    ['en', 'phone'],
  ];

  it.each(cases)('%s at %s: the figures shown are the API’s, accessible and within the width', async (locale, size) => {
    const page = await asOfficer({ locale, viewport: VIEWPORTS[size] });
    const range = { from: parkDay(-6), to: parkDay() };

    await page.goto(`/statistics?from=${range.from}&to=${range.to}`);
    const api = await page.request.get(`${app.baseUrl}/api/statistics/dashboard?from=${range.from}&to=${range.to}`);
    expect(api.status()).toBe(200);
    const dashboard = (await api.json()) as Dashboard;
    const count = (n: number) => new Intl.NumberFormat(numberTag(locale)).format(n);

    const card = (key: string) => page.locator(`[data-card="${key}"] .statistics-card__value`);
    await card('scans').getByText(count(dashboard.scans.total), { exact: true }).waitFor();
    expect(await card('complaints').textContent()).toBe(count(dashboard.complaints.total));
    expect(await card('missed').textContent()).toBe(count(dashboard.complaints.deadlinesMissed.length));

    // Every day of the range is a row of the scans table (the chart's text alternative), with the API's count.
    const title = locale === 'en' ? 'Scans per day' : '每日扫码次数';
    const byDay = page.getByRole('region', { name: new RegExp(`^${title}`) });
    expect(await byDay.locator('tbody tr').count()).toBe(dashboard.scans.byDay.length);
    expect(await byDay.locator('tbody tr td').allTextContents()).toEqual(
      dashboard.scans.byDay.map((d) => count(d.count)),
    );
    const chart = page.getByRole('img', { name: new RegExp(`^${title}`) });
    await chart.waitFor();
    const categories = page.getByRole('region', {
      name: new RegExp(locale === 'en' ? '^Complaints by category' : '^投诉类别'),
    });
    if (dashboard.complaints.byCategory.length)
      expect(await categories.locator('tbody tr').count()).toBe(dashboard.complaints.byCategory.length);

    // The range chosen is in the links of the CSV exports.
    const csv = page.getByRole('link', { name: new RegExp(`^(Download CSV|下载 CSV).*${title}`) });
    expect(await csv.getAttribute('href')).toBe(
      `/api/statistics/export/scans-by-day?from=${range.from}&to=${range.to}`,
    );

    const violations = await axeViolations(page);
    expect(violations, summarize(violations)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
  });

  it('a preset changes the range in the address, and the CSV link downloads that table', async () => {
    const page = await asOfficer({ locale: 'en', viewport: VIEWPORTS.phone });
    await page.goto('/statistics');
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('from') === parkDay(-6) && url.searchParams.get('to') === parkDay(),
    );
    await page.locator('[data-card="scans"]').waitFor();

    const link = page.getByRole('link', { name: /^Download CSV \(Scans per day\)$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`lugang-scans-by-day-${parkDay(-6)}-${parkDay()}.csv`);
    const downloaded = readFileSync(await download.path(), 'utf8');
    const lines = downloaded
      .replace(/^\uFEFF/, '')
      .replaceAll('"', '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('day,scans');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(
      Array.from({ length: 7 }, (_, i) => parkDay(i - 6)),
    );
    const api = (await (
      await page.request.get(`${app.baseUrl}/api/statistics/dashboard?from=${parkDay(-6)}&to=${parkDay()}`)
    ).json()) as Dashboard;
    expect(lines.slice(1).map((line) => Number(line.split(',')[1]))).toEqual(api.scans.byDay.map((d) => d.count));

    // Offline, the last figures loaded stay, saying when they were loaded and for which days.
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Last 30 days' }).click();
    await page.getByText(/^You are offline\. Showing the figures loaded at .+\)\.$/).waitFor();
    expect(await page.locator('[data-card="scans"]').isVisible()).toBe(true);
    await page.context().setOffline(false);
    await page.getByText(/^You are offline\./).waitFor({ state: 'detached' });
  });

  it('complaints about one batch raise a risk alert live on the officer’s page and flag the product for staff', async () => {
    const page = await asOfficer({ locale: 'zh-CN', viewport: VIEWPORTS.phone });
    await page.goto('/statistics');
    await page.getByRole('heading', { level: 2, name: '商品风险提示' }).waitFor();
    await page.locator('[data-card="scans"]').waitFor();

    const lot = `E2E${Date.now().toString(36).toUpperCase()}`.slice(0, 20);
    const product = { gtin: '04608141147132', lot };
    const cookie = await sessionCookie();
    const first = (await fileComplaint(cookie, { product })).caseNumber;
    const second = (await fileComplaint(cookie, { product })).caseNumber; // the batch threshold is 2 within 30 days

    // The banner (a polite status region) and the list, without reloading.
    const banner = page.getByRole('status').filter({ hasText: `批次 ${lot}` });
    await banner.getByText(new RegExp(`^风险提示：.+批次 ${lot} 在 30 天内收到 2 件投诉。$`)).waitFor();
    expect(await banner.getByRole('button').allTextContents()).toEqual(['查看', '关闭']);
    const listed = page.locator('.statistics-risk__item').filter({ hasText: `批次 ${lot}` });
    await listed.waitFor();
    expect(await listed.textContent()).toContain(`${first}, ${second}`);
    const violations = await axeViolations(page);
    expect(violations, summarize(violations)).toEqual([]);

    await page.goto(`/showroom/products/${product.gtin}`);
    await page.getByRole('heading', { level: 2, name: '风险商品' }).waitFor();
    await page.getByText(`批次 ${lot}：2 件投诉`).waitFor();
    const productViolations = await axeViolations(page);
    expect(productViolations, summarize(productViolations)).toEqual([]);
  });

  it('the merchant’s credit page shows the server’s score with its deductions and the formula (en, 320 px)', async () => {
    const page = await asOfficer({ locale: 'en', viewport: VIEWPORTS.small });
    await page.goto('/statistics/merchants');
    await page.getByRole('heading', { level: 2, name: /^Red list \(under 60 points\)$/ }).waitFor();
    const credits = (await (
      await page.request.get(`${app.baseUrl}/api/merchants/credit`, { headers: { 'accept-language': 'en' } })
    ).json()) as MerchantCredit[];
    expect(credits.length).toBeGreaterThan(0);
    let violations = await axeViolations(page);
    expect(violations, summarize(violations)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    const merchant = credits[0] as MerchantCredit;
    await page
      .getByRole('link', { name: new RegExp(merchant.name) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: merchant.name }).waitFor();
    await page.getByText(`Credit score ${merchant.score} out of 100`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'How the score is computed' }).waitFor();
    await page.getByText('25 points for each complaint where counterfeit goods were found;').waitFor();
    const total = merchant.deductions.reduce((sum, d) => sum + d.points, 0);
    if (total <= 100) await page.getByText(`100 − ${total} = ${merchant.score} points`).waitFor();
    violations = await axeViolations(page);
    expect(violations, summarize(violations)).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
  });
  it('a mediator closing a case with counterfeit goods found takes the counterfeit deduction off the merchant’s credit', async () => {
    const merchantId = 'm-eurowine';
    const before = await creditOf(merchantId);
    const filed = await fileComplaint(await sessionCookie(), { merchantId });
    const claimed = await fetch(`${app.baseUrl}/api/disputes/${filed.id}/claim`, {
      method: 'POST',
      headers: { cookie: await sessionCookie(DEMO.mediator), origin: app.baseUrl },
    });
    expect(claimed.status).toBe(200);

    const { page } = await open({ locale: 'zh-CN', viewport: VIEWPORTS.small });
    await signInViaApi(page, app.baseUrl, { login: DEMO.mediator, password: DEMO_PASSWORD });
    await page.goto(`/mediation/cases/${filed.id}`);
    await page.getByRole('button', { name: '办结', exact: true }).click();
    await page.getByRole('checkbox', { name: '查实假冒商品' }).click();
    const violations = await axeViolations(page);
    expect(violations, summarize(violations)).toEqual([]);
    await page.getByRole('button', { name: '确认：办结' }).click();
    await page.getByText('已记录：办结').waitFor();

    const after = await creditOf(merchantId);
    expect(after.facts.counterfeitFound).toBe(before.facts.counterfeitFound + 1);
    expect(after.deductions.find((d) => d.factor === 'counterfeitFound')?.points).toBe(
      (before.facts.counterfeitFound + 1) * CREDIT_DEDUCTIONS.counterfeitFound,
    );
  });
});
