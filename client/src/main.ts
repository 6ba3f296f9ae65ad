import './shell/zod-settings';
import { IonicVue } from '@ionic/vue';
import { createPinia } from 'pinia';
import { registerSW } from 'virtual:pwa-register';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import { removeBootScreenWhenDrawn } from './shell/remove-boot-screen';
import { yieldToMain } from './shell/yield-to-main';

import '@ionic/vue/css/core.css';
import '@ionic/vue/css/normalize.css';
import '@ionic/vue/css/structure.css';
import '@ionic/vue/css/typography.css';
import '@ionic/vue/css/padding.css';
import '@ionic/vue/css/text-alignment.css';
import '@ionic/vue/css/flex-utils.css';
import '@ionic/vue/css/display.css';
import './theme.css';

const app = createApp(App)
  // After a page change, focus the new page's <h1> so screen readers announce where we are.
  .use(IonicVue, { focusManagerPriority: ['heading', 'banner', 'content'] })
  .use(createPinia())
  .use(i18n)
  .use(router);

// The first page's components were just loaded and evaluated: mount in a task of its own.
void router.isReady().then(async () => {
  await yieldToMain();
  app.mount('#app');
  void removeBootScreenWhenDrawn(document.getElementById('app')!);
});

// The service worker (and workbox-window) can wait for the first page to finish loading.
if (document.readyState === 'complete') registerSW({ immediate: true });
else window.addEventListener('load', () => registerSW({ immediate: true }), { once: true });
