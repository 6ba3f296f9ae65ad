import { defineCustomElement } from '@ionic/core/components/ion-radio-group.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonRadioGroup: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonRadioGroup = /*@__PURE__*/ defineContainer<JSX.IonRadioGroup, JSX.IonRadioGroup['value']>(
  'ion-radio-group',
  defineCustomElement,
  ['allowEmptySelection', 'compareWith', 'name', 'value', 'helperText', 'errorText', 'ionChange', 'ionValueChange'],
  ['ionChange', 'ionValueChange'],
  'value',
  'ionChange',
);
