import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { bootScreens } from './boot-screens-plugin';
import { compileHints } from './compile-hints';
import { earlyScript } from './early-script';
import { firstPageGroup } from './first-page-chunk';
import { startAfterFirstPaint } from './start-after-first-paint';

const clientDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));
const server = 'http://127.0.0.1:8080';

/** Keep in step with the theme-color meta in index.html and --lugang-brand in theme.css. */
const BRAND_COLOUR = '#0b4f63';
const BACKGROUND_COLOUR = '#f4f7f8';

const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: '陆港 Lugang',
  short_name: '陆港',
  description: '大同国际陆港跨境电商试验区：展厅溯源、培训报名、纠纷调解',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: BRAND_COLOUR,
  background_color: BACKGROUND_COLOUR,
  categories: ['shopping', 'education', 'business'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

// Ionic's component modules (`ion-*.js`) and their shared helpers (`p-*.js`) are declared free of
// side effects, so Ionic ships only the components we use (measured in the team stack notes:
// 283 → 128 KB gzip). A helper of an unused component was otherwise kept for its imports' sake
// (ion-alert's 36 KB came with the first page). The one helper imported for its side effects alone,
// Stencil's runtime and config (p-CHqRYvYm), keeps them.
const ionicComponentModule = /@ionic[\\/]core[\\/]components[\\/](ion-[^\\/]+|p-(?!CHqRYvYm)[^\\/]+)\.js$/;

const featureTexts = /[\\/]client[\\/]src[\\/](\w+)[\\/]messages[\\/]([\w-]+)\.ts$/;

const aliases = {
  '@shared': `${repoDir}shared`,
  '@client': `${clientDir}src`,
};

export default defineConfig({
  root: clientDir,
  publicDir: 'public',
  resolve: { alias: aliases },
  define: {
    // The app imports the one component it uses (I18nT): no global components or v-t directive.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
  },
  plugins: [
    vue(),
    // Each adds its tag at the top of the head: the warm-up, added last, runs first.
    earlyScript('src/shell/start-app.ts'),
    earlyScript('src/shell/warm-up-intl.ts'),
    startAfterFirstPaint(),
    bootScreens(aliases),
    compileHints(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      // main.ts registers through `virtual:pwa-register`: no inline script in index.html.
      injectRegister: false,
      // The icons are already in globPatterns below.
      includeManifestIcons: false,
      manifest: webManifest,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,wasm,png,svg,ico,woff2}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: `${repoDir}dist/client`,
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id: string) => !ionicComponentModule.test(id),
      },
      output: {
        codeSplitting: { groups: [firstPageGroup(`${clientDir}src/main.ts`)] },
        // A feature's texts in one language (`<feature>/messages/en.ts`) are named for both, not just "en".
        chunkFileNames: (chunk) => {
          const texts = featureTexts.exec(chunk.facadeModuleId ?? '');
          return texts ? `assets/${texts[1]}-${texts[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: server, changeOrigin: false },
      '/socket.io': { target: server, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: server },
      '/socket.io': { target: server, ws: true },
    },
  },
});
