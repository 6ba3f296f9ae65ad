import { defineCustomElement } from '@ionic/core/components/ion-item.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonItem: see ./README.md. Props as in @ionic/vue 8.8. */
export const IonItem = /*@__PURE__*/ defineContainer<JSX.IonItem>('ion-item', defineCustomElement, [
  'color',
  'button',
  'detail',
  'detailIcon',
  'disabled',
  'download',
  'href',
  'rel',
  'lines',
  'routerAnimation',
  'routerDirection',
  'target',
  'type',
]);
