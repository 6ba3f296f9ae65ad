import { defineCustomElement } from '@ionic/core/components/ion-segment-button.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonSegmentButton: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonSegmentButton = /*@__PURE__*/ defineContainer<JSX.IonSegmentButton, JSX.IonSegmentButton['value']>(
  'ion-segment-button',
  defineCustomElement,
  ['contentId', 'disabled', 'layout', 'type', 'value'],
  [],
  'value',
  'ionChange',
);
