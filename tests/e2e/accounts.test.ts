import { readFileSync } from 'node:fs';
import { request as playwrightRequest } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '../../shared/accounts/schemas.js';
import type { TestApp } from '../support/test-app.js';
import {
  DEMO,
  DEMO_PASSWORD,
  GOOD_PASSWORD,
  VIEWPORTS,
  axeViolations,
  fitsWidth,
  launchBrowser,
  signInThroughUi,
  signInViaApi,
  signUpViaApi,
  summarize,
  uniquePhone,
  waitForServiceWorker,
  type BrowserOptions,
  type TestBrowser,
} from './support/index.js';
import { startServer } from './support/server.js';

let app: TestApp;
let browser: TestBrowser | undefined;

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.close();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function open(options: Omit<BrowserOptions, 'baseURL'> = {}) {
  browser = await launchBrowser({ ...options, baseURL: app.baseUrl });
  return browser.page;
}

describe('signing up and out', () => {
  it('on a 390×844 phone in Chinese: sign up with a mobile number, land on Me signed in, then sign out', async () => {
    const page = await open({ viewport: VIEWPORTS.phone, locale: 'zh-CN' });
    const phone = uniquePhone();

    await page.goto('/me');
    await page.getByRole('link', { name: '注册新账户' }).click();
    await page.getByRole('heading', { name: '注册新账户' }).waitFor();
    await page.getByRole('textbox', { name: '手机号', exact: true }).fill(phone);
    await page.getByRole('textbox', { name: '姓名' }).fill('周海燕');
    await page.getByLabel('密码', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('checkbox', { name: '我已阅读并同意隐私政策' }).click();
    await page.getByRole('button', { name: '注册', exact: true }).click();

    await page.getByRole('heading', { name: '周海燕' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me');
    expect(await page.getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`).isVisible()).toBe(true);
    expect(await page.getByText('消费者').isVisible()).toBe(true);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载我的数据（JSON）' }).click();
    const exported = JSON.parse(readFileSync(String(await (await download).path()), 'utf8')) as {
      account: { name: string };
    };
    expect(exported.account.name).toBe('周海燕');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('你已退出登录。').waitFor();
    expect(await page.getByRole('link', { name: '登录', exact: true }).isVisible()).toBe(true);
    const me = await page.request.get(`${app.baseUrl}/api/me`);
    expect(me.status()).toBe(401);
  });

  it('on a 320×640 phone in English: sign up with an e-mail, nothing scrolls sideways', async () => {
    const page = await open({ viewport: VIEWPORTS.small, locale: 'en' });
    const email = `e2e-${Date.now()}@example.com`;

    await page.goto('/me/sign-up');
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('radio', { name: 'E-mail' }).click();
    await page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await page.getByRole('textbox', { name: 'Name' }).fill('Amelia Chen');
    await page.getByLabel('Password', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('checkbox', { name: /privacy notice/ }).click();
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();

    await page.getByRole('heading', { name: 'Amelia Chen' }).waitFor();
    expect(await page.getByText('Consumer').isVisible()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
  });

  it('field errors from the shared schema appear next to the fields, marked invalid and described', async () => {
    const page = await open({ locale: 'en' });

    await page.goto('/me/sign-up');
    await page.getByRole('textbox', { name: 'Mobile number', exact: true }).fill('12345');
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();

    const phone = page.getByRole('textbox', { name: 'Mobile number', exact: true });
    await page.getByText('Enter an 11-digit mainland mobile number starting with 13–19.').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await phone.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('11-digit');
    expect(await page.getByText('Please read and accept the privacy notice to sign up.').isVisible()).toBe(true);
  });
});

describe('signing in', () => {
  it('a mediator signs in and finds the mediation tool on the Me tab', async () => {
    const page = await open();

    await signInThroughUi(page, { login: DEMO.mediator, password: DEMO_PASSWORD });

    await page.getByRole('heading', { name: '张调解' }).waitFor();
    const tool = page.getByRole('link', { name: '在线调解' });
    expect(await tool.getAttribute('href')).toBe('/mediation');
    expect(await page.getByRole('link', { name: '用户与员工账户' }).count()).toBe(0);
  });

  it('a guarded page sends a signed-out user to sign in, and back there afterwards', async () => {
    const page = await open();

    await page.goto('/me/profile');
    await page.waitForURL((url) => url.pathname === '/me/sign-in');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/me/profile');

    await signInThroughUi(page, { login: DEMO.consumer2, password: DEMO_PASSWORD });

    expect(new URL(page.url()).pathname).toBe('/me/profile');
    await page.getByRole('heading', { name: '个人资料', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: '姓名' }).inputValue()).toBe('李晓华');
  });

  it('a consumer opening an admin page is told it is not for their role', async () => {
    const page = await open();
    await signInViaApi(page, app.baseUrl, { login: DEMO.consumer, password: DEMO_PASSWORD });

    await page.goto('/admin/users');

    await page.getByRole('heading', { name: '这个页面不适用于你的身份' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me/not-for-role');
    expect(await page.getByText('这个页面仅供管理员使用。').isVisible()).toBe(true);
  });

  it('after too many wrong passwords, the page says when to try again', async () => {
    const page = await open({ locale: 'en' });
    const login = uniquePhone();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await page.request.post(`${app.baseUrl}/api/auth/login`, {
        data: { login, password: 'not-the-password' },
        headers: { Origin: app.baseUrl },
      });
      expect(response.status()).toBe(401);
    }

    await page.goto('/me/sign-in');
    await page.getByLabel('Mobile number or e-mail').fill(login);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    // The test server's clock stands still, so the lock does not run out during the test.
    await page
      .getByRole('alert')
      .filter({ hasText: /Too many attempts\. Try again in \d+ s\./ })
      .waitFor();
  });
});

describe('my account', () => {
  it('when the session ends elsewhere (password changed on another device), the app goes to sign-in at once', async () => {
    const page = await open();
    const other = await playwrightRequest.newContext({
      baseURL: app.baseUrl,
      extraHTTPHeaders: { Origin: app.baseUrl },
    });
    try {
      const phone = uniquePhone();
      await other.post('/api/auth/signup', {
        data: {
          phone,
          name: '两台手机',
          password: GOOD_PASSWORD,
          consent: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
        },
      });
      const socket = page.waitForEvent('websocket', (ws) => ws.url().includes('/socket.io/'));
      await signInThroughUi(page, { login: phone, password: GOOD_PASSWORD });
      await page.getByRole('heading', { name: '两台手机' }).waitFor();
      await socket;

      const changed = await other.post('/api/me/password', {
        data: { currentPassword: GOOD_PASSWORD, newPassword: `${GOOD_PASSWORD}-new` },
      });
      expect(changed.status()).toBe(204);

      await page.getByText('你的登录已失效，请重新登录。').waitFor();
      expect(new URL(page.url()).pathname).toBe('/me/sign-in');
      expect(await page.evaluate(() => localStorage.getItem('lugang.me'))).toBeNull();
    } finally {
      await other.dispose();
    }
  });

  it('deleting the account asks for the password in an alert, refuses a wrong one, then signs out', async () => {
    const page = await open();
    await signUpViaApi(page, app.baseUrl, { name: '注销测试' });
    await page.goto('/me');
    await page.getByRole('heading', { name: '注销测试' }).waitFor();

    await page.getByRole('button', { name: '注销账户' }).click();
    const alert = page.getByRole('alertdialog');
    await alert.waitFor();
    await alert.getByLabel('密码').fill('wrong-password');
    await alert.getByRole('button', { name: '永久注销' }).click();
    await alert.getByText('密码不正确。').waitFor();

    await alert.getByLabel('密码').fill(GOOD_PASSWORD);
    await alert.getByRole('button', { name: '永久注销' }).click();

    await page.getByText('你的账户已注销，个人信息已删除。').waitFor();
    expect(await page.getByRole('link', { name: '登录', exact: true }).isVisible()).toBe(true);
  });

  it('a profile change saved offline waits on the device, survives a reload, and is sent when back online', async () => {
    const page = await open();
    const account = await signUpViaApi(page, app.baseUrl, { name: '离线用户' });
    await page.goto('/me/profile');
    await page.getByRole('heading', { name: '个人资料', level: 1 }).waitFor();
    await waitForServiceWorker(page);

    await page.context().setOffline(true);
    await page.getByRole('textbox', { name: '姓名' }).fill('离线改名');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存在本机，联网后自动更新。').waitFor();
    const pending = page.getByRole('status').filter({ hasText: '等待发送' });
    await pending.filter({ hasText: '个人资料' }).waitFor();

    await page.reload(); // still offline: the service worker serves the app, IndexedDB keeps the item
    await page.getByRole('heading', { name: '个人资料', level: 1 }).waitFor();
    await pending.filter({ hasText: '个人资料' }).waitFor();

    await page.context().setOffline(false);
    await page.waitForFunction(() => localStorage.getItem('lugang.outbox.pending') === null);
    // The answer reaches the page's result handler, which reloads the account into the form.
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('ion-input[data-field="name"] input')?.value === '离线改名',
    );
    expect(await pending.count()).toBe(0);

    const me = await page.request.get(`${app.baseUrl}/api/me`);
    expect(await me.json()).toMatchObject({ id: account.id, name: '离线改名' });
  });
});

describe('staff accounts', () => {
  it('an administrator creates a mediator account and sees it in the list', async () => {
    const page = await open();
    await signInViaApi(page, app.baseUrl, { login: DEMO.admin, password: DEMO_PASSWORD });
    const email = `mediator-${Date.now()}@lugang.example`;

    await page.goto('/admin/users');
    await page.getByRole('heading', { name: '新建员工账户' }).waitFor();
    await page.getByRole('textbox', { name: '电子邮箱' }).fill(email);
    await page.getByRole('textbox', { name: '姓名' }).fill('孙调解');
    await page.getByLabel('密码', { exact: true }).fill(GOOD_PASSWORD);
    await page.getByRole('checkbox', { name: '调解员' }).click();
    await page.getByRole('button', { name: '创建账户' }).click();

    await page.getByText('已创建 孙调解 的账户。').waitFor();
    await page.getByRole('listitem').filter({ hasText: '孙调解' }).filter({ hasText: '调解员' }).waitFor();
    const created = await signInViaApi(page, app.baseUrl, { login: email, password: GOOD_PASSWORD });
    expect(created.roles).toEqual(['mediator']);
  });
});

describe('accessibility', () => {
  it('the sign-in page has no axe violations', async () => {
    const page = await open();

    await page.goto('/me/sign-in');
    await page.getByRole('heading', { name: '登录陆港' }).waitFor();

    const violations = await axeViolations(page);
    expect(violations, summarize(violations)).toEqual([]);
  });

  it('the sign-up page has no axe violations, also while it shows field errors', async () => {
    const page = await open();

    await page.goto('/me/sign-up');
    await page.getByRole('heading', { name: '注册新账户' }).waitFor();
    const fresh = await axeViolations(page);
    expect(fresh, summarize(fresh)).toEqual([]);

    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByText('请填写姓名。').waitFor();
    const withErrors = await axeViolations(page);
    expect(withErrors, summarize(withErrors)).toEqual([]);
  });
});
