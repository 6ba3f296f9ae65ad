/** Debian's Chromium: never a browser downloaded by Playwright or Puppeteer. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every audit browser runs with: headless, no sandbox (containers), no background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** The phones we design for: a common one, and the narrowest still in use. */
export const VIEWPORTS = [
  { name: '390x844', width: 390, height: 844 },
  { name: '320x640', width: 320, height: 640 },
] as const;

export const AUDIT_LOCALES = ['zh-CN', 'en'] as const;
export type AuditLocale = (typeof AUDIT_LOCALES)[number];

/** Where the app keeps the chosen language (client/src/i18n/locales.ts, LOCALE_STORAGE_KEY). */
export const LOCALE_STORAGE_KEY = 'lugang.locale';
