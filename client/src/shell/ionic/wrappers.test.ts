import { IonicVue } from '@ionic/vue';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref, type Component } from 'vue';
import { IonCheckbox } from './IonCheckbox';
import { IonChip } from './IonChip';
import { IonInput } from './IonInput';
import { IonInputPasswordToggle } from './IonInputPasswordToggle';
import { IonItem } from './IonItem';
import { IonList } from './IonList';
import { IonNote } from './IonNote';
import { IonRadio } from './IonRadio';
import { IonRadioGroup } from './IonRadioGroup';
import { IonSegment } from './IonSegment';
import { IonSegmentButton } from './IonSegmentButton';
import { IonTextarea } from './IonTextarea';
import { IonToggle } from './IonToggle';

const WRAPPERS: [Component, string][] = [
  [IonCheckbox, 'ion-checkbox'],
  [IonChip, 'ion-chip'],
  [IonInput, 'ion-input'],
  [IonInputPasswordToggle, 'ion-input-password-toggle'],
  [IonItem, 'ion-item'],
  [IonList, 'ion-list'],
  [IonNote, 'ion-note'],
  [IonRadio, 'ion-radio'],
  [IonRadioGroup, 'ion-radio-group'],
  [IonSegment, 'ion-segment'],
  [IonSegmentButton, 'ion-segment-button'],
  [IonTextarea, 'ion-textarea'],
  [IonToggle, 'ion-toggle'],
];

/** v-model: the wrapper's model property and the event Ionic fires when the user changes it. */
const MODELS: [string, Component, string, string, string | boolean][] = [
  ['IonInput', IonInput, 'value', 'ionInput', 'typed'],
  ['IonTextarea', IonTextarea, 'value', 'ionInput', 'written'],
  ['IonToggle', IonToggle, 'checked', 'ionChange', true],
  ['IonCheckbox', IonCheckbox, 'checked', 'ionChange', true],
  ['IonSegment', IonSegment, 'value', 'ionChange', 'b'],
  ['IonRadioGroup', IonRadioGroup, 'value', 'ionChange', 'en'],
];

const mountWith = (render: () => ReturnType<typeof h>) =>
  mount(defineComponent({ render }), { global: { plugins: [IonicVue] }, attachTo: document.body });

describe('the lazy Ionic wrappers', () => {
  it.each(WRAPPERS.map(([component, tag]) => [tag, component] as const))(
    'renders <%s> with the attributes it is given',
    (tag, component) => {
      // The password toggle belongs in an input's end slot (Ionic warns about one on its own).
      const inInput = tag === 'ion-input-password-toggle';
      const wrapper = mountWith(() => {
        const element = h(component, { 'aria-label': 'a label', ...(inInput ? { slot: 'end' } : {}) });
        return inInput ? h(IonInput, null, () => [element]) : element;
      });
      const element = inInput ? wrapper.element.querySelector(tag) : wrapper.element;
      expect(element?.tagName.toLowerCase()).toBe(tag);
      expect(element?.getAttribute('aria-label')).toBe('a label');
      wrapper.unmount();
    },
  );

  it.each(MODELS)('%s updates its v-model from %s on %s', async (_name, component, property, event, value) => {
    const model = ref<unknown>(undefined);
    const wrapper = mountWith(() =>
      h(component, { modelValue: model.value, 'onUpdate:modelValue': (v: unknown) => (model.value = v) }),
    );
    const element = wrapper.element as HTMLElement & Record<string, unknown>;
    element[property] = value;
    element.dispatchEvent(new CustomEvent(event, { bubbles: true }));
    await wrapper.vm.$nextTick();
    expect(model.value).toBe(value);
    wrapper.unmount();
  });
});
