import type { AlertOptions } from '@ionic/core/components';

/**
 * Ionic's alert, loaded when the first one opens (see ./README.md): `@ionic/vue`'s
 * `alertController` would put ion-alert's code on the first page. Same `create` as Ionic's.
 */
export const alertController = {
  async create(options: AlertOptions): Promise<HTMLIonAlertElement> {
    const { alertController: controller } = await import('./alert-element');
    return controller.create(options);
  },
};
