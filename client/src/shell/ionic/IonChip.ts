import { defineCustomElement } from '@ionic/core/components/ion-chip.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonChip: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonChip = /*@__PURE__*/ defineContainer<JSX.IonChip>(
  'ion-chip',
  defineCustomElement,
  ['color', 'outline', 'disabled'],
  [],
);
