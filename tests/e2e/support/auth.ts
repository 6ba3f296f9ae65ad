import type { Page } from 'playwright-core';
import type { Me } from '../../../shared/accounts/schemas.js';
import { PRIVACY_NOTICE_VERSION } from '../../../shared/accounts/schemas.js';

export type Credentials = { login: string; password: string };

/** A mobile number no seeded account uses (the demo accounts are 1380000000x). */
export function uniquePhone(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** A password the server accepts (long enough, not common, unrelated to name or number). */
export const GOOD_PASSWORD = 'Datong-silk-road-2026';

/** The sign-in page's fields, in any of the app's languages. */
const LABELS = {
  login: /^(手机号或电子邮箱|手機號碼或電子郵件|Mobile number or e-mail)$/,
  password: /^(密码|密碼|Password)$/,
  submit: /^(登录|登入|Sign in)$/,
};

/**
 * Signs in through the sign-in page, as a user would, and waits until the app has left it (to
 * `redirect`, or the Me tab). `from` opens the page with that redirect.
 */
export async function signInThroughUi(
  page: Page,
  credentials: Credentials,
  options: { from?: string } = {},
): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/me/sign-in')) {
    const query = options.from ? `?redirect=${encodeURIComponent(options.from)}` : '';
    await page.goto(`/me/sign-in${query}`);
  }
  await page.getByLabel(LABELS.login).fill(credentials.login);
  await page.getByLabel(LABELS.password).fill(credentials.password);
  await page.getByRole('button', { name: LABELS.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/me/sign-in'));
}

/**
 * Signs in with the API from the page's context, so the browser gets the session cookie without
 * the UI. The Origin header is what a browser sends; the server refuses cross-site writes.
 */
export async function signInViaApi(page: Page, baseUrl: string, credentials: Credentials): Promise<Me> {
  const response = await page.request.post(`${baseUrl}/api/auth/login`, {
    data: credentials,
    headers: { Origin: baseUrl },
  });
  if (!response.ok()) throw new Error(`sign-in failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Me;
}

/** Creates a consumer account with the API (signed in afterwards, like the sign-up page). */
export async function signUpViaApi(
  page: Page,
  baseUrl: string,
  account: { name: string; phone?: string; email?: string; password?: string },
): Promise<Me & { password: string }> {
  const password = account.password ?? GOOD_PASSWORD;
  const response = await page.request.post(`${baseUrl}/api/auth/signup`, {
    data: {
      ...(account.email ? { email: account.email } : { phone: account.phone ?? uniquePhone() }),
      name: account.name,
      password,
      consent: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    },
    headers: { Origin: baseUrl },
  });
  if (!response.ok()) throw new Error(`sign-up failed: ${response.status()} ${await response.text()}`);
  return { ...((await response.json()) as Me), password };
}
