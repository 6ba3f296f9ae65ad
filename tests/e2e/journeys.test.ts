import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '../../shared/accounts/schemas.js';
import type { MyCaseSummary } from '../../shared/disputes/case-views.js';
import type { MyRegistration } from '../../shared/training/schemas.js';
import { readSeedFile } from '../../server/src/showroom/seed-file.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  DEMO,
  DEMO_PASSWORD,
  GOOD_PASSWORD,
  VIEWPORTS,
  axeViolations,
  fitsWidth,
  launchBrowser,
  signInViaApi,
  signUpViaApi,
  snapshotClient,
  summarize,
  uniquePhone,
  waitForServiceWorker,
  type TestBrowser,
} from './support/index.js';

/**
 * Issue #7's three whole journeys, each written once and run in zh-CN on a 390×844 phone and in
 * English on a 320×640 one. The texts come from the features' messages.ts (and the shared
 * vocabulary for case statuses and outcomes).
 */

const CAMERA_DIR = fileURLToPath(new URL('../fixtures/camera/', import.meta.url));
const fakeCamera = (file: string) => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${CAMERA_DIR}${file}`,
];
/** A QR code (GS1 Digital Link) with lot B015870, and a GS1 DataMatrix. */
const ONLINE_FEED = { file: 'qr-dl-8803498143752.mjpeg', gtin: '08803498143752', lot: 'B015870' };
const OFFLINE_FEED = { file: 'gs1dm-4608141147132.mjpeg', gtin: '04608141147132' };

const seed = readSeedFile();
function productName(gtin: string, locale: Locale): string {
  const product = seed.products.find((p) => p.gtin.padStart(14, '0') === gtin);
  if (!product) throw new Error(`no seed product ${gtin}`);
  return product.name[locale];
}

type Locale = 'zh-CN' | 'en';
type Texts = {
  showroom: { scan: string; catalogueSynced: RegExp; fromDevice: string; report: string };
  form: {
    heading: string;
    gtin: string;
    phone: string;
    address: string;
    merchant: string;
    category: string;
    date: string;
    amount: string;
    facts: string;
    request: string;
    submit: string;
    filed: RegExp;
    savedOffline: string;
    pending: string;
  };
  story: { facts: string; request: string };
  mediation: {
    queue: string;
    claim: (caseNumber: string) => string;
    claimed: string;
    message: string;
    send: string;
    steps: { accept: string; propose: string; agree: string; close: string };
    confirm: (step: string) => string;
    recorded: (step: string) => string;
    terms: string;
    amount: string;
  };
  chat: { fromMediator: string; fromConsumer: string; termsText: string };
  outcome: { inMediation: string; result: string; closed: string };
  signUp: {
    link: string;
    heading: string;
    phone: string;
    name: string;
    password: string;
    consent: string;
    submit: string;
  };
  training: {
    tab: string;
    full: string;
    signInToRegister: string;
    register: string;
    waitlist: string;
    waitlisted: string;
    promoted: (title: string) => string;
    savedOffline: RegExp;
    viewMine: string;
    mineHeading: string;
    pending: string;
    confirmed: RegExp;
  };
  disputesTab: string;
  names: { consumer: string; trainee: string; firstComer: string };
};
type Run = { locale: Locale; viewport: { width: number; height: number }; t: Texts };

const zhCN: Texts = {
  showroom: {
    scan: '扫一扫',
    catalogueSynced: /^本机商品目录更新于/,
    fromDevice: '显示的是本机商品目录中的数据（离线可用）。',
    report: '报告这个商品的问题',
  },
  form: {
    heading: '提交投诉',
    gtin: '商品条码',
    phone: '联系电话',
    address: '联系地址',
    merchant: '选择商家',
    category: '问题类别',
    date: '购买日期',
    amount: '金额（元）',
    facts: '事情经过',
    request: '具体诉求',
    submit: '提交投诉',
    filed: /^投诉已提交，案件编号 DT-\d{4}-\d{6}。$/,
    savedOffline: '投诉已保存在这部手机上，联网后会自动发送。',
    pending: '保存在本机、等待发送的投诉',
  },
  story: { facts: '扫码查询的批次信息与包装上的批号不一致，怀疑是假冒商品。', request: '退货退款。' },
  mediation: {
    queue: '待处理投诉',
    claim: (caseNumber) => `接手案件 ${caseNumber}`,
    claimed: '调解员 张调解 已接手本案',
    message: '输入消息',
    send: '发送',
    steps: { accept: '受理', propose: '提出调解方案', agree: '达成协议', close: '办结' },
    confirm: (step) => `确认：${step}`,
    recorded: (step) => `已记录：${step}`,
    terms: '方案内容',
    amount: '金额（元）',
  },
  chat: {
    fromMediator: '您好，我是本案调解员，请问您希望如何处理？',
    fromConsumer: '希望退货退款。',
    termsText: '商家退货退款 268 元。',
  },
  outcome: {
    inMediation: '当前状态： 调解中',
    result: '处理结果：调解成功，金额 ¥268.00',
    closed: '当前状态： 已办结',
  },
  signUp: {
    link: '注册',
    heading: '注册新账户',
    phone: '手机号',
    name: '姓名',
    password: '密码',
    consent: '我已阅读并同意隐私政策',
    submit: '注册',
  },
  training: {
    tab: '培训',
    full: '名额已满，可报名候补',
    signInToRegister: '登录后报名',
    register: '报名',
    waitlist: '报名候补',
    waitlisted: '名额已满，你已进入候补名单，排在第 1 位。有人取消时会自动递补并通知你。',
    promoted: (title) => `好消息：你已从候补转为正式学员 —「${title}」，座位号 1。`,
    savedOffline: /^已保存在本机，联网后会自动发送/,
    viewMine: '查看我的课程',
    mineHeading: '我的课程',
    pending: '待发送',
    confirmed: /^已确认 · 座位 \d+$/,
  },
  disputesTab: '纠纷',
  names: { consumer: '王海燕', trainee: '周晓雯', firstComer: '李先到' },
};

const en: Texts = {
  showroom: {
    scan: 'Scan a product',
    catalogueSynced: /^Catalogue on this device updated/,
    fromDevice: 'Shown from the catalogue on this device (works offline).',
    report: 'Report a problem with this product',
  },
  form: {
    heading: 'File a complaint',
    gtin: 'Product barcode',
    phone: 'Phone number',
    address: 'Address',
    merchant: 'Merchant',
    category: 'Kind of problem',
    date: 'Purchase date',
    amount: 'Amount (yuan)',
    facts: 'What happened',
    request: 'What you ask for',
    submit: 'Submit complaint',
    filed: /^Complaint filed\. Your case number is DT-\d{4}-\d{6}\.$/,
    savedOffline: 'Saved on this phone; it will be sent when you are online.',
    pending: 'Complaints saved on this phone, waiting to be sent',
  },
  story: { facts: 'The batch shown by the scan does not match the lot printed on the pack.', request: 'A refund.' },
  mediation: {
    queue: 'Complaints to handle',
    claim: (caseNumber) => `Claim case ${caseNumber}`,
    claimed: 'Mediator 张调解 took on the case',
    message: 'Message',
    send: 'Send',
    steps: { accept: 'Accept', propose: 'Propose a settlement', agree: 'Record the agreement', close: 'Close' },
    confirm: (step) => `Confirm: ${step}`,
    recorded: (step) => `Recorded: ${step}`,
    terms: 'Terms',
    amount: 'Amount (yuan)',
  },
  chat: {
    fromMediator: 'Hello, I am the mediator for your case. What would you like?',
    fromConsumer: 'A refund, please.',
    termsText: 'The merchant refunds 268 yuan.',
  },
  outcome: {
    inMediation: 'Status: In mediation',
    result: 'Outcome: Settled, amount ¥268.00',
    closed: 'Status: Closed',
  },
  signUp: {
    link: 'Create one',
    heading: 'Create an account',
    phone: 'Mobile number',
    name: 'Name',
    password: 'Password',
    consent: 'I have read and agree to the privacy notice',
    submit: 'Sign up',
  },
  training: {
    tab: 'Training',
    full: 'Full — you can join the waitlist',
    signInToRegister: 'Sign in to register',
    register: 'Register',
    waitlist: 'Join the waitlist',
    waitlisted:
      'The course is full: you are on the waitlist, position 1. If someone cancels you move up automatically and we tell you.',
    promoted: (title) => `Good news: you moved up from the waitlist — "${title}", seat 1.`,
    savedOffline: /^Saved on this phone — it will be sent when you are online/,
    viewMine: 'See my courses',
    mineHeading: 'My courses',
    pending: 'Pending',
    confirmed: /^Confirmed · seat \d+$/,
  },
  disputesTab: 'Disputes',
  names: { consumer: 'Amelia Chen', trainee: 'Lin Waitlist', firstComer: 'First Comer' },
};

const RUNS: Run[] = [
  { locale: 'zh-CN', viewport: VIEWPORTS.phone, t: zhCN },
  { locale: 'en', viewport: VIEWPORTS.small, t: en },
];

let app: TestApp;
let clientCopy: string | undefined;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  clientCopy = await snapshotClient();
  app = await startTestApp({ clientDir: clientCopy });
});
afterAll(async () => {
  await app?.close();
  if (clientCopy) rmSync(clientCopy, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

async function open(run: Run, args: string[] = []): Promise<TestBrowser> {
  const browser = await launchBrowser({ locale: run.locale, viewport: run.viewport, baseURL: app.baseUrl, args });
  browsers.push(browser);
  return browser;
}

/** What a signed-in caller's browser would send, from Node: setup and checks outside the journey. */
async function call(cookie: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${app.baseUrl}${path}`, {
    method,
    headers: { cookie, origin: app.baseUrl, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function cookieOf(path: '/api/auth/login' | '/api/auth/signup', body: unknown): Promise<string> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { origin: app.baseUrl, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`${path} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

const adminCookie = () => cookieOf('/api/auth/login', { login: DEMO.admin, password: DEMO_PASSWORD });
const traineeCookie = (name: string) =>
  cookieOf('/api/auth/signup', {
    phone: uniquePhone(),
    name,
    password: GOOD_PASSWORD,
    consent: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
  });

/** A new course of its own (unique code), open for registration for a week; returns its title in `locale`. */
async function createCourse(capacity: number, locale: Locale): Promise<{ code: string; title: string }> {
  const code = `e2e-journey-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const title = { 'zh-CN': `旅程测试课程 ${code}`, 'zh-TW': `旅程測試課程 ${code}`, en: `Journey course ${code}` };
  const closes = new Date(Date.now() + 7 * 24 * 3600_000);
  const starts = new Date(closes.getTime() + 24 * 3600_000);
  const response = await call(await adminCookie(), 'POST', '/api/courses', {
    code,
    title,
    category: 'operations',
    venue: '大同国际陆港跨境电商双创中心',
    county: '平城区',
    capacity,
    feeCny: 0,
    subsidyEligible: false,
    registrationClosesAt: closes.toISOString(),
    sessions: [{ startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3600_000).toISOString() }],
  });
  expect(response.status).toBe(201);
  return { code, title: title[locale] };
}

async function myDisputes(page: Page): Promise<MyCaseSummary[]> {
  return (await (await page.request.get(`${app.baseUrl}/api/me/disputes`)).json()) as MyCaseSummary[];
}
async function myRegistrations(page: Page): Promise<MyRegistration[]> {
  return (await (await page.request.get(`${app.baseUrl}/api/me/registrations`)).json()) as MyRegistration[];
}

const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 3600_000).toISOString().slice(0, 10);

/** The complaint form, opened from a product page (barcode already filled in). */
async function fillComplaint(page: Page, t: Texts, phone: string): Promise<void> {
  await page.getByLabel(t.form.phone).fill(phone);
  await page.getByLabel(t.form.address).fill('山西省大同市平城区魏都大道 100 号');
  // The merchants come from the server, or from the phone's copy when offline.
  const merchant = page.getByLabel(t.form.merchant);
  await merchant.locator('option').nth(1).waitFor({ state: 'attached' });
  await merchant.selectOption({ index: 1 });
  await page.getByLabel(t.form.category).selectOption('counterfeit');
  await page.getByLabel(t.form.date).fill(daysAgo(3));
  await page.getByLabel(t.form.amount).fill('268');
  await page.getByLabel(t.form.facts).fill(t.story.facts);
  await page.getByLabel(t.form.request).fill(t.story.request);
}

/** The journey's end: no axe violation on the page as it is, and nothing scrolls sideways on a 320 px phone. */
async function expectFinalPageSound(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, summarize(violations)).toEqual([]);
  await page.setViewportSize(VIEWPORTS.small);
  expect(await fitsWidth(page)).toBe(true);
}

const productPath = (gtin: string) => (url: URL) => url.pathname === `/showroom/products/${gtin}`;
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/**
 * 1. The consumer scans a product with the camera, reports a problem from its page and files a
 * complaint; a mediator in another browser claims it, they chat, the mediator settles and closes
 * it, and the consumer sees the outcome arrive without reloading.
 */
async function scanReportSettle({ locale, t, ...run }: Run): Promise<void> {
  const consumer = (await open({ locale, t, ...run }, fakeCamera(ONLINE_FEED.file))).page;
  const mediator = (await open({ locale, t, ...run })).page;
  const phone = uniquePhone();
  await signUpViaApi(consumer, app.baseUrl, { name: t.names.consumer, phone });
  await signInViaApi(mediator, app.baseUrl, { login: DEMO.mediator, password: DEMO_PASSWORD });
  await mediator.goto('/mediation');
  await heading(mediator, t.mediation.queue).waitFor();

  await consumer.goto('/showroom');
  await consumer.getByRole('link', { name: t.showroom.scan }).click();
  await consumer.waitForURL(productPath(ONLINE_FEED.gtin), { timeout: 45_000 });
  await heading(consumer, productName(ONLINE_FEED.gtin, locale)).waitFor();
  expect(new URL(consumer.url()).searchParams.get('lot')).toBe(ONLINE_FEED.lot);

  await consumer.getByRole('link', { name: t.showroom.report }).click();
  await heading(consumer, t.form.heading).waitFor();
  expect(await consumer.getByLabel(t.form.gtin).inputValue()).toBe(ONLINE_FEED.gtin);
  await fillComplaint(consumer, t, phone);
  await consumer.getByRole('button', { name: t.form.submit }).click();
  const filed = consumer.getByText(t.form.filed);
  await filed.waitFor();
  const caseNumber = /DT-\d{4}-\d{6}/.exec((await filed.textContent()) ?? '')?.[0] ?? '';

  // The mediator's queue shows the new case live; the mediator claims it and they talk.
  await mediator.getByRole('button', { name: t.mediation.claim(caseNumber) }).click();
  await mediator.waitForURL(/\/mediation\/cases\/[a-f0-9]{24}$/);
  await mediator.getByText(t.mediation.claimed).waitFor();
  await consumer.getByText(t.mediation.claimed).waitFor();
  await mediator.getByRole('textbox', { name: t.mediation.message, exact: true }).fill(t.chat.fromMediator);
  await mediator.getByRole('button', { name: t.mediation.send }).click();
  await consumer.getByRole('log').getByText(t.chat.fromMediator).waitFor();
  await consumer.getByRole('textbox', { name: t.mediation.message, exact: true }).fill(t.chat.fromConsumer);
  await consumer.getByRole('button', { name: t.mediation.send }).click();
  await mediator.getByRole('log').getByText(t.chat.fromConsumer).waitFor();

  const step = async (name: string, fill?: () => Promise<void>) => {
    await mediator.getByRole('button', { name, exact: true }).click();
    await fill?.();
    await mediator.getByRole('button', { name: t.mediation.confirm(name) }).click();
    await mediator.getByText(t.mediation.recorded(name)).waitFor();
  };
  const { steps } = t.mediation;
  await step(steps.accept);
  await consumer.getByText(t.outcome.inMediation).waitFor();
  await step(steps.propose, async () => {
    await mediator.getByLabel(t.mediation.terms).fill(t.chat.termsText);
    await mediator.getByLabel(t.mediation.amount).fill('268');
  });
  await step(steps.agree);
  await step(steps.close);

  await consumer.getByText(t.outcome.result).waitFor();
  await consumer.getByText(t.outcome.closed).waitFor();
  const mine = await myDisputes(consumer);
  expect(mine.map((c) => [c.caseNumber, c.status])).toEqual([[caseNumber, 'closed']]);
  await expectFinalPageSound(consumer);
}

/**
 * 2. A new trainee signs up through the form on the way to registering for a full course, joins
 * the waitlist, and is promoted live when the trainee holding the only seat cancels.
 */
async function waitlistPromotion({ locale, t, ...run }: Run): Promise<void> {
  const course = await createCourse(1, locale);
  const holder = await traineeCookie(t.names.firstComer);
  expect((await call(holder, 'POST', `/api/courses/${course.code}/registrations`, {})).status).toBe(201);

  const page = (await open({ locale, t, ...run })).page;
  await page.goto('/training');
  await page.getByRole('link', { name: course.title }).click();
  await heading(page, course.title).waitFor();
  await page.getByText(t.training.full).first().waitFor();

  await page.getByRole('button', { name: t.training.signInToRegister }).click();
  await page.waitForURL((url) => url.pathname === '/me/sign-in');
  await page.getByRole('link', { name: t.signUp.link, exact: true }).click();
  await heading(page, t.signUp.heading).waitFor();
  // The sign-in page may still be sliding out, with its own password field.
  const form = page.locator('form').filter({ has: page.getByRole('checkbox', { name: t.signUp.consent }) });
  await form.getByRole('textbox', { name: t.signUp.phone, exact: true }).fill(uniquePhone());
  await form.getByRole('textbox', { name: t.signUp.name }).fill(t.names.trainee);
  await form.getByRole('textbox', { name: t.signUp.password, exact: true }).fill(GOOD_PASSWORD);
  await form.getByRole('checkbox', { name: t.signUp.consent }).click();
  await form.getByRole('button', { name: t.signUp.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/training/courses/${course.code}`);

  await page.getByRole('button', { name: t.training.waitlist, exact: true }).click();
  await page.getByTestId('register-outcome').getByText(t.training.waitlisted).waitFor();

  const [held] = (await (await call(holder, 'GET', '/api/me/registrations')).json()) as MyRegistration[];
  expect((await call(holder, 'DELETE', `/api/registrations/${held?.id}`)).status).toBe(204);

  await page.getByTestId('promotion-toast').getByText(t.training.promoted(course.title)).waitFor();
  await page.getByRole('link', { name: t.training.viewMine }).click();
  await heading(page, t.training.mineHeading).waitFor();
  await page.getByTestId('my-registration').getByText(t.training.confirmed).waitFor();
  const mine = await myRegistrations(page);
  expect(mine.map((r) => [r.course, r.status, r.seat])).toEqual([[course.code, 'confirmed', 1]]);
  await expectFinalPageSound(page);
}

/**
 * 3. With the app and its data on the phone, the network goes: the consumer scans a product,
 * files a complaint about it and registers for a course; back online, each is sent exactly once.
 */
async function offlineScanFileRegister({ locale, t, ...run }: Run): Promise<void> {
  const course = await createCourse(5, locale);
  const browser = await open({ locale, t, ...run }, fakeCamera(OFFLINE_FEED.file));
  const { context } = browser;
  let page = browser.page;
  const phone = uniquePhone();
  await signUpViaApi(page, app.baseUrl, { name: t.names.consumer, phone });

  // Online once: the service worker installs, the catalogues come to the phone, the app learns who is signed in.
  await page.goto('/showroom');
  await waitForServiceWorker(page);
  await page.getByText(t.showroom.catalogueSynced).waitFor({ timeout: 45_000 });
  await page.goto('/training');
  await page.getByRole('link', { name: course.title }).waitFor();
  await page.goto('/training/mine');
  await heading(page, t.training.mineHeading).waitFor();

  await context.setOffline(true);
  const offline = await context.newPage();
  await page.close();
  page = offline;
  await page.goto('/showroom');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('link', { name: t.showroom.scan }).click();
  await page.waitForURL(productPath(OFFLINE_FEED.gtin), { timeout: 45_000 });
  await heading(page, productName(OFFLINE_FEED.gtin, locale)).waitFor();
  await page.getByText(t.showroom.fromDevice).waitFor();

  await page.getByRole('link', { name: t.showroom.report }).click();
  await heading(page, t.form.heading).waitFor();
  await fillComplaint(page, t, phone);
  await page.getByRole('button', { name: t.form.submit }).click();
  await page.getByText(t.form.savedOffline).waitFor();
  const pendingComplaint = page.getByRole('status').filter({ hasText: t.form.pending });
  await pendingComplaint.getByRole('listitem').waitFor();

  await page.getByRole('tab', { name: t.training.tab }).click();
  await page.getByRole('link', { name: course.title }).click();
  await heading(page, course.title).waitFor();
  await page.getByRole('button', { name: t.training.register, exact: true }).click();
  await page.getByTestId('register-outcome').getByText(t.training.savedOffline).waitFor();
  await page.getByRole('link', { name: t.training.viewMine }).click();
  await heading(page, t.training.mineHeading).waitFor();
  const pendingRegistration = page.getByTestId('pending-registration');
  await pendingRegistration.getByText(t.training.pending, { exact: true }).waitFor();

  await context.setOffline(false);
  await page.getByTestId('my-registration').getByText(t.training.confirmed).waitFor();
  await pendingRegistration.waitFor({ state: 'detached' });
  await page.getByRole('tab', { name: t.disputesTab }).click();
  await page.getByText(/^DT-\d{4}-\d{6}/).waitFor();
  await pendingComplaint.getByRole('listitem').waitFor({ state: 'detached' });

  const cases = await myDisputes(page);
  expect(cases.map((c) => [c.status, c.category])).toEqual([['filed', 'counterfeit']]);
  const registrations = await myRegistrations(page);
  expect(registrations.map((r) => [r.course, r.status])).toEqual([[course.code, 'confirmed']]);
  await expectFinalPageSound(page);
}

const name = (run: Run) => `${run.locale} on a ${run.viewport.width}×${run.viewport.height} phone`;

describe('journey 1: scan, report a problem, mediated live to the outcome', () => {
  it.each(RUNS.map((run) => [name(run), run] as const))('%s', (_, run) => scanReportSettle(run), 90_000);
});

describe('journey 2: sign up, join a full course’s waitlist, promoted live', () => {
  it.each(RUNS.map((run) => [name(run), run] as const))('%s', (_, run) => waitlistPromotion(run), 90_000);
});

describe('journey 3: offline scan, complaint and registration, each sent exactly once', () => {
  it.each(RUNS.map((run) => [name(run), run] as const))('%s', (_, run) => offlineScanFileRegister(run), 90_000);
});
