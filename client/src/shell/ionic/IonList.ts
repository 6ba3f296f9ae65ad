import { defineCustomElement } from '@ionic/core/components/ion-list.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonList: see ./README.md. Props as in @ionic/vue 8.8. */
export const IonList = /*@__PURE__*/ defineContainer<JSX.IonList>('ion-list', defineCustomElement, ['lines', 'inset']);
