import accountsEager from '@client/accounts/i18n';
import { accountsMessages } from '@client/accounts/messages';
import disputesEager from '@client/disputes/i18n';
import { disputesMessages } from '@client/disputes/messages';
import type { MessageTree } from '@client/i18n/define';
import { LOCALES, type Locale } from '@client/i18n/locales';
import { escapeHtml, markupSlot, slot, when } from '@shared/shell/boot-template';
import { FLOOR_PLAN_CSS } from '@shared/showroom/floor-plan';
import showroomEager from '@client/showroom/i18n';
import { showroomMessages } from '@client/showroom/messages';
import trainingEager from '@client/training/i18n';
import { trainingMessages } from '@client/training/messages';

/**
 * The first screen of the main pages as plain HTML, for the server to send with a page the browser
 * has not cached yet (a first visit, on the showroom's poor signal): the toolbar, the page's heading
 * and introduction and the tab bar show as soon as the HTML and CSS arrive, instead of after the
 * app's code has downloaded and rendered. Only texts that do not depend on who is signed in or on
 * data. The app covers it up when its own first page is drawn (`remove-boot-screen.ts`). A page that
 * shows one record (a course) has a template instead, which the server fills with the record's
 * texts (`@shared/shell/boot-template`).
 *
 * Built into `boot-screens.json` at build time (`client/boot-screens-plugin.ts`); not in the app's code.
 */
type Texts = Record<Locale, MessageTree>;

const features: Record<string, Texts> = {
  showroom: merge(showroomEager, showroomMessages),
  training: merge(trainingEager, trainingMessages),
  disputes: merge(disputesEager, disputesMessages),
  accounts: merge(accountsEager, accountsMessages),
};

function merge(eager: Texts, lazy: Texts): Texts {
  return Object.fromEntries(LOCALES.map((locale) => [locale, { ...eager[locale], ...lazy[locale] }])) as Texts;
}

type ScreenTexts = {
  title: string;
  heading: string;
  intro?: string;
  /** Shown only to a visitor the server knows is not signed in (no session cookie). */
  visitorIntro?: string;
};

/** Who the server may be sending a page to: someone who may be signed in, or surely a visitor. */
export type Audience = 'anyone' | 'visitor';
const AUDIENCES: Audience[] = ['anyone', 'visitor'];

/** Message keys (feature.path) of each page's first screen, by path. */
export const BOOT_SCREENS: Record<string, ScreenTexts> = {
  '/showroom': { title: 'showroom.title', heading: 'showroom.home.heading', intro: 'showroom.home.intro' },
  '/showroom/scan': { title: 'showroom.titles.scan', heading: 'showroom.scan.heading', intro: 'showroom.scan.intro' },
  '/training': { title: 'training.title', heading: 'training.catalogue.heading', intro: 'training.catalogue.intro' },
  '/disputes': { title: 'disputes.title', heading: 'disputes.home.heading', visitorIntro: 'disputes.home.signedOut' },
  '/me': { title: 'accounts.title', heading: 'accounts.home.heading', visitorIntro: 'accounts.home.signedOutIntro' },
};

type Template = (t: (key: string) => string) => { title: string; body: string };

/** The park guide (and a merchant's place in it): its floor plan, drawn by the server from the booths. */
const guide: Template = (t) => ({
  title: t('showroom.titles.guide'),
  body:
    `<style>${FLOOR_PLAN_CSS}</style><h1>${t('showroom.guide.heading')}</h1>` +
    `<p>${t('showroom.guide.intro')}</p>${markupSlot('plan')}`,
});

/** Pages that show records: the texts of their first screen, with the records' parts as slots. */
export const BOOT_TEMPLATES: Record<string, Template> = {
  '/showroom/guide': guide,
  '/showroom/guide/:merchantId': guide,
  // The title, and whether the course earns a subsidy: the page's largest text, drawn before the app's code.
  '/training/courses/:code': (t) => ({
    title: t('training.title'),
    body:
      `<h1>${slot('title')}</h1>` +
      when(
        'subsidy',
        `<p class="boot-screen__note"><strong>${t('training.course.subsidy')}</strong> — ` +
          `${t('training.course.subsidyNote')}</p>`,
      ),
  }),
};

const TABS = [
  { href: '/showroom', label: 'showroom.tab' },
  { href: '/training', label: 'training.tab' },
  { href: '/disputes', label: 'disputes.tab' },
  { href: '/me', label: 'accounts.tab' },
];

/** Ionic's Material Design sizes (toolbar, padded content, tab bar), so the app's page replaces it in place. */
const BOOT_SCREEN_CSS = [
  '.boot-screen{position:fixed;inset:0;z-index:1000;display:flex;flex-direction:column;background:#fff;color:#000;' +
    'font-family:Roboto,"Helvetica Neue",sans-serif}',
  '.boot-screen__toolbar{display:flex;align-items:center;min-height:56px;padding:0 24px;' +
    'padding-top:env(safe-area-inset-top,0px);background:var(--lugang-brand,#0b4f63);color:#fff;' +
    'font-size:20px;font-weight:500;letter-spacing:.0125em;box-shadow:0 2px 4px -1px rgba(0,0,0,.2)}',
  '.boot-screen__content{flex:1;overflow:hidden;padding:16px}',
  '.boot-screen__page{max-width:640px;margin:0 auto}',
  '.boot-screen h1{font-size:1.4rem;line-height:1.3;margin:0 0 .5rem;font-weight:500;overflow-wrap:anywhere}',
  // As the course page draws it (training/TrainingCoursePage.vue).
  '.boot-screen__note{padding:8px 12px;border-left:4px solid #2e7d32;background:#eef7ef}',
  '.boot-screen__tabs{display:flex;height:56px;padding-bottom:env(safe-area-inset-bottom,0px);' +
    'border-top:1px solid rgba(0,0,0,.07)}',
  '.boot-screen__tabs a{flex:1;display:flex;align-items:flex-end;justify-content:center;padding-bottom:8px;' +
    'font-size:12px;color:#595959;text-decoration:none}',
  '.boot-screen__tabs a[aria-current]{color:var(--lugang-brand,#0b4f63)}',
].join('');

export function text(key: string, locale: Locale): string {
  const [feature, ...path] = key.split('.');
  let node: string | MessageTree | undefined = features[feature ?? '']?.[locale];
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`boot screen: no text ${key} in ${locale}`);
  return node;
}

/** The markup of one page's first screen. */
export function renderBootScreen(path: string, locale: Locale, audience: Audience): string {
  const screen = BOOT_SCREENS[path];
  if (!screen) throw new Error(`boot screen: no screen for ${path}`);
  const t = (key: string) => escapeHtml(text(key, locale));
  const intro = audience === 'visitor' ? (screen.visitorIntro ?? screen.intro) : screen.intro;
  const body = `<h1>${t(screen.heading)}</h1>${intro ? `<p>${t(intro)}</p>` : ''}`;
  return frame(path, locale, t(screen.title), body);
}

/** A page of one record's first screen, with the record's slots left for the server to fill. */
export function renderBootTemplate(pattern: string, locale: Locale): string {
  const template = BOOT_TEMPLATES[pattern];
  if (!template) throw new Error(`boot screen: no template for ${pattern}`);
  const { title, body } = template((key) => escapeHtml(text(key, locale)));
  return frame(pattern, locale, title, body);
}

/** `aria-hidden` and `inert`: the app says it all again a moment later. */
function frame(path: string, locale: Locale, title: string, body: string): string {
  // The tab icons are left out: ionicons draw with their own CSS, which an <img> does not have.
  const tabs = TABS.map(
    (tab) =>
      `<a href="${tab.href}"${path.startsWith(tab.href) ? ' aria-current="page"' : ''}>${escapeHtml(text(tab.label, locale))}</a>`,
  ).join('');
  return (
    `<style>${BOOT_SCREEN_CSS}</style>` +
    `<div id="boot-screen" class="boot-screen" lang="${locale}" aria-hidden="true" inert>` +
    `<header class="boot-screen__toolbar">${title}</header>` +
    `<div class="boot-screen__content"><div class="boot-screen__page">${body}</div></div>` +
    `<nav class="boot-screen__tabs">${tabs}</nav></div>`
  );
}

export type BootScreens = Record<string, Record<Locale, Record<Audience, string>>>;

/**
 * Every boot screen, by path (a template's by its route pattern), language and audience: what
 * `boot-screens.json` holds. A template says nothing of the visitor: the same for both audiences.
 */
export function renderAllBootScreens(): BootScreens {
  const byLocale = (render: (locale: Locale, audience: Audience) => string) =>
    Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        Object.fromEntries(AUDIENCES.map((audience) => [audience, render(locale, audience)])),
      ]),
    );
  return Object.fromEntries([
    ...Object.keys(BOOT_SCREENS).map((path) => [
      path,
      byLocale((locale, audience) => renderBootScreen(path, locale, audience)),
    ]),
    ...Object.keys(BOOT_TEMPLATES).map((pattern) => [
      pattern,
      byLocale((locale) => renderBootTemplate(pattern, locale)),
    ]),
  ]) as BootScreens;
}
