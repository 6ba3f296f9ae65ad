import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { webManifest } from './pwa-manifest'

const clientDir = fileURLToPath(new URL('.', import.meta.url))
const repoDir = fileURLToPath(new URL('..', import.meta.url))
const server = 'http://127.0.0.1:8080'

// Only the `ion-*.js` component modules are declared free of side effects: Ionic then ships
// just the components we import (see shared/STACK.md). Helper modules keep their side effects.
const ionicComponentModule = /@ionic[\\/]core[\\/]components[\\/]ion-[^\\/]+\.js$/

export default defineConfig({
  root: clientDir,
  publicDir: 'public',
  resolve: {
    alias: {
      '@shared': `${repoDir}shared`,
      '@client': `${clientDir}src`,
    },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  plugins: [
    vue(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      // main.ts registers through `virtual:pwa-register`: no inline script in index.html.
      injectRegister: false,
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
})
