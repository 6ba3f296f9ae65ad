import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MyCaseSummary } from '../../shared/disputes/case-views.js';
import type { TestApp } from '../support/test-app.js';
import {
  DEMO,
  DEMO_PASSWORD,
  VIEWPORTS,
  axeViolations,
  summarize,
  fitsWidth,
  launchBrowser,
  signInViaApi,
  signUpViaApi,
  waitForServiceWorker,
  type BrowserOptions,
  type TestBrowser,
} from './support/index.js';
import { startServer } from './support/server.js';

let app: TestApp;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  app = await startServer();
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

/** A phone photo: large, so the app has to downscale it. */
async function photo(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#c04020' } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return { name: 'cream.jpg', mimeType: 'image/jpeg', buffer };
}

type Labels = {
  address: string;
  merchant: string;
  category: string;
  date: string;
  amount: string;
  facts: string;
  request: string;
  submit: string;
};

async function fillComplaint(page: Page, l: Labels, text: { facts: string; request: string }): Promise<void> {
  await page.getByLabel(l.address).fill('山西省大同市平城区魏都大道 100 号');
  // The merchants come from the showroom's API: wait for them, then take the first.
  const merchant = page.getByLabel(l.merchant);
  await merchant.locator('option').nth(1).waitFor({ state: 'attached' });
  await merchant.selectOption({ index: 1 });
  await page.getByLabel(l.category).selectOption('counterfeit');
  await page.getByLabel(l.date).fill('2026-11-20');
  await page.getByLabel(l.amount).fill('268');
  await page.getByLabel(l.facts).fill(text.facts);
  await page.getByLabel(l.request).fill(text.request);
}

async function myDisputes(page: Page): Promise<MyCaseSummary[]> {
  const response = await page.request.get(`${app.baseUrl}/api/me/disputes`);
  return (await response.json()) as MyCaseSummary[];
}

describe('disputes: a complaint from filing to closing, live on both sides', () => {
  it('the consumer files, the mediator claims, they talk, and the outcome reaches the consumer live', async () => {
    const consumer = (await open({ locale: 'zh-CN', viewport: VIEWPORTS.phone })).page;
    const mediator = (await open({ locale: 'zh-CN', viewport: VIEWPORTS.phone })).page;
    await signInViaApi(consumer, app.baseUrl, { login: DEMO.consumer, password: DEMO_PASSWORD });
    await signInViaApi(mediator, app.baseUrl, { login: DEMO.mediator, password: DEMO_PASSWORD });

    await mediator.goto('/mediation');
    await mediator.getByRole('heading', { level: 1, name: '待处理投诉' }).waitFor();

    // From the showroom's "report a problem": the product comes pre-filled.
    await consumer.goto('/disputes/new?gtin=8803498143752&lot=B015870');
    await consumer.getByRole('heading', { level: 1, name: '提交投诉' }).waitFor();
    expect(await consumer.getByLabel('姓名').inputValue()).toBe('王小明');
    expect(await consumer.getByLabel('商品条码').inputValue()).toBe('8803498143752');
    await fillComplaint(
      consumer,
      {
        address: '联系地址',
        merchant: '选择商家',
        category: '问题类别',
        date: '购买日期',
        amount: '金额（元）',
        facts: '事情经过',
        request: '具体诉求',
        submit: '提交投诉',
      },
      { facts: '扫码查询的批次信息与包装上的批号不一致，怀疑是假冒商品。', request: '退货退款。' },
    );
    await consumer.locator('input[type="file"]').setInputFiles(await photo());
    await consumer.getByRole('img', { name: '证据照片 1' }).waitFor();
    await consumer.getByRole('button', { name: '提交投诉' }).click();

    const filed = consumer.getByText(/^投诉已提交，案件编号 DT-\d{4}-\d{6}。$/);
    await filed.waitFor();
    const caseNumber = /DT-\d{4}-\d{6}/.exec((await filed.textContent()) ?? '')?.[0] ?? '';
    await consumer.getByRole('img', { name: '证据照片 1' }).waitFor(); // uploaded after filing

    // The mediator's queue shows it without a reload.
    await mediator.getByRole('link', { name: caseNumber }).waitFor();
    await mediator.getByRole('button', { name: `接手案件 ${caseNumber}` }).click();
    await mediator.waitForURL(/\/mediation\/cases\/[a-f0-9]{24}$/);
    await mediator.getByText('调解员 张调解 已接手本案').waitFor();
    // Typing is shown live, never replayed: type once both are in the case's room.
    await mediator.getByText('投诉人在线').waitFor();

    await mediator.getByLabel('输入消息').fill('您好，我是本案调解员，请问您希望如何处理？');
    await consumer.getByText('张调解 正在输入……').waitFor();
    await mediator.getByRole('button', { name: '发送' }).click();
    await consumer.getByRole('log').getByText('您好，我是本案调解员，请问您希望如何处理？').waitFor();

    await consumer.getByLabel('输入消息').fill('希望退货退款。');
    await consumer.getByRole('button', { name: '发送' }).click();
    await mediator.getByRole('log').getByText('希望退货退款。').waitFor();
    await consumer.getByRole('log').getByText('已读').waitFor(); // the mediator has the case open
    expect(await mediator.getByText('投诉人在线').isVisible()).toBe(true);

    // A message written without a connection is kept, then sent once when the connection is back.
    await consumer.context().setOffline(true);
    await consumer.getByLabel('输入消息').fill('我现在没有网络，稍后再联系。');
    await consumer.getByRole('button', { name: '发送' }).click();
    await consumer.getByRole('log').getByText('已保存，联网后发送').waitFor();
    await consumer.context().setOffline(false);
    await mediator.getByRole('log').getByText('我现在没有网络，稍后再联系。').waitFor();
    await consumer.getByRole('log').getByText('已保存，联网后发送').waitFor({ state: 'detached' });
    expect(await mediator.getByRole('log').getByText('我现在没有网络，稍后再联系。').count()).toBe(1);
    expect(await consumer.getByRole('log').getByText('我现在没有网络，稍后再联系。').count()).toBe(1);

    const violations = await axeViolations(consumer);
    expect(violations, summarize(violations)).toEqual([]);

    const step = async (name: string, fill?: () => Promise<void>) => {
      await mediator.getByRole('button', { name, exact: true }).click();
      await fill?.();
      await mediator.getByRole('button', { name: `确认：${name}` }).click();
      await mediator.getByText(`已记录：${name}`).waitFor();
    };
    await step('受理');
    await consumer.getByText('当前状态： 调解中').waitFor();
    await step('提出调解方案', async () => {
      await mediator.getByLabel('方案内容').fill('商家退货退款 268 元。');
      await mediator.getByLabel('金额（元）').fill('268');
    });
    await step('达成协议');
    await step('办结');

    await consumer.getByText('处理结果：调解成功，金额 ¥268.00').waitFor();
    await consumer.getByText('当前状态： 已办结').waitFor();
    const mediatorViolations = await axeViolations(mediator);
    expect(mediatorViolations, summarize(mediatorViolations)).toEqual([]);
    const mine = await myDisputes(consumer);
    expect(mine.find((c) => c.caseNumber === caseNumber)?.status).toBe('closed');

    // Both case pages lead back to where each of them came from.
    await consumer.locator('.ion-page:not(.ion-page-hidden) ion-back-button').last().click();
    await consumer.waitForURL(/\/disputes$/);
    await mediator.locator('.ion-page:not(.ion-page-hidden) ion-back-button').last().click();
    await mediator.waitForURL(/\/mediation$/);
  });

  it('a complaint submitted offline waits on the phone and becomes exactly one case once online (en, 320 px)', async () => {
    const browser = await open({ locale: 'en', viewport: VIEWPORTS.small });
    const { page, context } = browser;
    await signUpViaApi(page, app.baseUrl, { name: 'Offline Tester' });

    await page.goto('/disputes/new');
    await page.getByRole('heading', { level: 1, name: 'File a complaint' }).waitFor();
    await waitForServiceWorker(page);
    await fillComplaint(
      page,
      {
        address: 'Address',
        merchant: 'Merchant',
        category: 'Kind of problem',
        date: 'Purchase date',
        amount: 'Amount (yuan)',
        facts: 'What happened',
        request: 'What you ask for',
        submit: 'Submit complaint',
      },
      { facts: 'The cream smells wrong and the batch code does not match.', request: 'A refund.' },
    );
    await page.getByLabel('Phone number').fill('13912345678');
    expect(await fitsWidth(page)).toBe(true);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Submit complaint' }).click();
    await page.getByText('Saved on this phone; it will be sent when you are online.').waitFor();
    const pending = page.getByRole('status').filter({ hasText: 'Complaints saved on this phone, waiting to be sent' });
    await pending.waitFor();
    expect(await fitsWidth(page)).toBe(true);

    await context.setOffline(false);
    await page.getByText(/^DT-\d{4}-\d{6}/).waitFor();
    await pending.getByRole('listitem').waitFor({ state: 'detached' });
    const mine = await myDisputes(page);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.status).toBe('filed');
  });
});
