/**
 * Starts the app once the first frame is drawn: its script tags wait in `<template id="app-scripts">`
 * (see `client/start-after-first-paint.ts`), inert until copied into the document. Loaded on its own,
 * `async`, so it may run before the parser reaches the template. Imports nothing.
 */
function start(): void {
  dropBootScreenInAnotherLanguage();
  const template = document.getElementById('app-scripts');
  if (!(template instanceof HTMLTemplateElement)) return; // the dev server starts the app itself
  requestAnimationFrame(() => setTimeout(() => document.head.append(document.importNode(template.content, true))));
}

/**
 * The server picks the boot screen's language from a cookie the app sets; a device that chose its
 * language before that cookie existed would see the wrong one until the app is drawn.
 */
function dropBootScreenInAnotherLanguage(): void {
  const boot = document.getElementById('boot-screen');
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem('lugang.locale'); // LOCALE_STORAGE_KEY (this module imports nothing)
  } catch {
    // Storage blocked: the app uses its default language, as the server did.
  }
  if (boot && chosen && chosen !== boot.lang) boot.remove();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
