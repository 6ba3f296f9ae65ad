import { defineCustomElement } from '@ionic/core/components/ion-radio.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonRadio: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonRadio = /*@__PURE__*/ defineContainer<JSX.IonRadio, JSX.IonRadio['value']>(
  'ion-radio',
  defineCustomElement,
  ['color', 'name', 'disabled', 'value', 'labelPlacement', 'justify', 'alignment', 'ionFocus', 'ionBlur'],
  ['ionFocus', 'ionBlur'],
  'value',
  'ionChange',
);
