import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fillBootTemplate, type BootValues } from '@shared/shell/boot-template.js';

/** Written by the client build (client/boot-screens-plugin.ts): first screens by path, then language. */
const BOOT_SCREENS_FILE = 'boot-screens.json';
const APP_ROOT = '<div id="app"></div>';
/** The app's default language; its cookie (client/src/i18n) says when the user chose another. */
const DEFAULT_LOCALE = 'zh-CN';

export type Audience = 'anyone' | 'visitor';
type Built = { mtimeMs: number; index: string; screens: Record<string, Record<string, Record<Audience, string>>> };

/**
 * Which boot screen a page gets: its path's, or for a page of one record (`record` given) its route's
 * template (`path` is then the route, e.g. `/training/courses/:code`) filled with that record's texts.
 */
export type ShellPage = { path: string; locale: string | undefined; audience: Audience; record?: BootValues };

/**
 * The app's index.html for a page, with that page's boot screen (its first screen as plain HTML)
 * when the build has one: the first visit then shows the page as soon as the HTML and CSS arrive
 * rather than after the app's code. A visitor (no session cookie) gets what the page says to
 * someone not signed in. Read once per build (a rebuild changes index.html).
 */
export function clientShell(dir: string): (page: ShellPage) => string | undefined {
  const indexPath = join(dir, 'index.html');
  let built: Built | undefined;

  function load(): Built | undefined {
    if (!existsSync(indexPath)) return undefined;
    const mtimeMs = statSync(indexPath).mtimeMs;
    if (built?.mtimeMs === mtimeMs) return built;
    const screensPath = join(dir, BOOT_SCREENS_FILE);
    const screens = existsSync(screensPath) ? (JSON.parse(readFileSync(screensPath, 'utf8')) as Built['screens']) : {};
    built = { mtimeMs, index: readFileSync(indexPath, 'utf8'), screens };
    return built;
  }

  return ({ path, locale, audience, record }) => {
    const current = load();
    if (!current) return undefined;
    const screens = current.screens[path.replace(/(.)\/+$/, '$1')];
    const screen = (screens?.[locale ?? DEFAULT_LOCALE] ?? screens?.[DEFAULT_LOCALE])?.[audience];
    if (!screen || !current.index.includes(APP_ROOT)) return current.index;
    return current.index.replace(APP_ROOT, () => `${APP_ROOT}${record ? fillBootTemplate(screen, record) : screen}`);
  };
}
