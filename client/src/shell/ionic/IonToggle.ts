import { defineCustomElement } from '@ionic/core/components/ion-toggle.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonToggle: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonToggle = /*@__PURE__*/ defineContainer<JSX.IonToggle, JSX.IonToggle['checked']>(
  'ion-toggle',
  defineCustomElement,
  [
    'color',
    'name',
    'checked',
    'disabled',
    'errorText',
    'helperText',
    'value',
    'enableOnOffLabels',
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
