import type { ToastOptions } from '@ionic/core/components';

/**
 * Ionic's toast, loaded with the first one: `@ionic/vue`'s `toastController` would put ion-toast's
 * code on the first page (see client/src/shell/ionic/README.md). Same `create` as Ionic's.
 */
export const toastController = {
  async create(options: ToastOptions): Promise<HTMLIonToastElement> {
    const [{ toastController: controller }, { defineCustomElement }] = await Promise.all([
      import('@ionic/core/components'),
      import('@ionic/core/components/ion-toast.js'),
    ]);
    defineCustomElement();
    return controller.create(options);
  },
};
