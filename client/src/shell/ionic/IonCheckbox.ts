import { defineCustomElement } from '@ionic/core/components/ion-checkbox.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonCheckbox: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonCheckbox = /*@__PURE__*/ defineContainer<JSX.IonCheckbox, JSX.IonCheckbox['checked']>(
  'ion-checkbox',
  defineCustomElement,
  [
    'color',
    'name',
    'checked',
    'indeterminate',
    'disabled',
    'errorText',
    'helperText',
    'value',
    'labelPlacement',
    'justify',
    'alignment',
    'required',
    'ionChange',
    'ionFocus',
    'ionBlur',
  ],
  ['ionChange', 'ionFocus', 'ionBlur'],
  'checked',
  'ionChange',
);
