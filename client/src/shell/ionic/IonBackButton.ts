import { defineCustomElement } from '@ionic/core/components/ion-back-button.js';
import { defineComponent, h, inject } from 'vue';

type NavManager = { handleNavigateBack(defaultHref?: string, routerAnimation?: unknown): void };

/**
 * Lazy copy of @ionic/vue's IonBackButton (see ./README.md): a click goes back through Ionic's
 * router, to `default-href` when there is no history.
 */
export const IonBackButton = /*@__PURE__*/ defineComponent(
  (_, { attrs, slots }) => {
    defineCustomElement();
    const navManager = inject<NavManager | undefined>('navManager', undefined);
    const onClick = () => {
      const defaultHref = (attrs['default-href'] ?? attrs['defaultHref']) as string | undefined;
      const routerAnimation = attrs['router-animation'] ?? attrs['routerAnimation'];
      navManager?.handleNavigateBack(defaultHref, routerAnimation);
    };
    return () => h('ion-back-button', { onClick, ...attrs }, slots.default?.());
  },
  { name: 'IonBackButton' },
);
