import type { Plugin } from 'vite';

/**
 * Vite's tags that start the app: the entry script and its preloads. Its stylesheet stays in the head
 * (the app must never be drawn without it).
 */
const APP_TAGS =
  /\s*<(?:script type="module" crossorigin src="\/assets\/[^"]+"><\/script>|link rel="modulepreload" crossorigin href="\/assets\/[^"]+">)/g;

/**
 * Moves the tags that start the app into `<template id="app-scripts">`, where they do nothing until
 * `src/shell/start-app.ts` puts them in the head, after the first frame is drawn. On a first visit
 * that frame is the server's boot screen (see `src/shell/boot-screen.ts`): the HTML then paints
 * before ~280 KB of code start to share a slow connection with it. From the service worker's cache
 * it costs one frame.
 */
export function startAfterFirstPaint(): Plugin {
  return {
    name: 'lugang-start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tags = html.match(APP_TAGS);
        if (!tags?.some((tag) => tag.includes('<script'))) throw new Error('startAfterFirstPaint: no entry script');
        const template = `<template id="app-scripts">${tags.map((t) => t.trim()).join('')}</template>`;
        return html.replace(APP_TAGS, '').replace('</head>', `    ${template}\n  </head>`);
      },
    },
  };
}
