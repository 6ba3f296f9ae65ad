import { defineCustomElement } from '@ionic/core/components/ion-input-password-toggle.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonInputPasswordToggle: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonInputPasswordToggle = /*@__PURE__*/ defineContainer<JSX.IonInputPasswordToggle>(
  'ion-input-password-toggle',
  defineCustomElement,
  ['color', 'showIcon', 'hideIcon', 'type'],
  [],
);
