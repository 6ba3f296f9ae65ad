import { defineCustomElement } from '@ionic/core/components/ion-note.js';
import type { JSX } from '@ionic/core/components';
import { defineContainer } from '@stencil/vue-output-target/runtime';

/** Lazy copy of @ionic/vue's IonNote: see ./README.md. Props and events as in @ionic/vue 8.8. */
export const IonNote = /*@__PURE__*/ defineContainer<JSX.IonNote>('ion-note', defineCustomElement, ['color'], []);
