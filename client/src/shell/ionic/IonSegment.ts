import { defineCustomElement } from '@ionic/core/components/ion-segment.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonSegment: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonSegment = /*@__PURE__*/ defineContainer<JSX.IonSegment, JSX.IonSegment['value']>(
  'ion-segment',
  defineCustomElement,
  ['color', 'disabled', 'scrollable', 'swipeGesture', 'value', 'selectOnFocus', 'ionChange', 'ionSelect', 'ionStyle'],
  ['ionChange', 'ionSelect', 'ionStyle'],
  'value',
  'ionChange',
);
