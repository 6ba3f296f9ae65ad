import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref, type ComputedRef } from 'vue';
import { useRenderedInSteps } from './useRenderedInSteps';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function mountList(initial: string[], perStep?: number) {
  const items = ref(initial);
  let shown: ComputedRef<readonly string[]> | undefined;
  const List = defineComponent({
    setup() {
      const inSteps = useRenderedInSteps(() => items.value, perStep);
      shown = inSteps;
      return () =>
        h(
          'ul',
          inSteps.value.map((item) => h('li', { key: item }, item)),
        );
    },
  });
  const wrapper = mount(List);
  const rendered = () => wrapper.findAll('li').map((li) => li.text());
  return { items, wrapper, rendered, shownCount: () => shown?.value.length };
}

describe('useRenderedInSteps', () => {
  it('renders the first step at once and one more step in each later task, until all are in', async () => {
    const { rendered } = mountList(['a', 'b', 'c', 'd', 'e'], 2);
    expect(rendered()).toEqual(['a', 'b']);

    await nextTask();
    await flushPromises();
    expect(rendered()).toEqual(['a', 'b', 'c', 'd']);

    await nextTask();
    await flushPromises();
    expect(rendered()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('shrinks at once, grows in steps again, and follows changes to the items shown', async () => {
    const { items, rendered } = mountList(['a', 'b', 'c']);
    for (let i = 0; i < 3; i++) await nextTask();
    expect(rendered()).toEqual(['a', 'b', 'c']);

    items.value = ['b'];
    await flushPromises();
    expect(rendered()).toEqual(['b']);

    items.value = ['x', 'y', 'z', 'w'];
    await flushPromises();
    expect(rendered()).toEqual(['x', 'y']);
    for (let i = 0; i < 3; i++) await nextTask();
    await flushPromises();
    expect(rendered()).toEqual(['x', 'y', 'z', 'w']);
  });

  it('stops growing once its component is gone', async () => {
    const { wrapper, shownCount } = mountList(['a', 'b', 'c', 'd', 'e']);
    expect(shownCount()).toBe(1);
    wrapper.unmount();
    for (let i = 0; i < 6; i++) await nextTask();
    expect(shownCount()).toBeLessThanOrEqual(2);
  });
});
