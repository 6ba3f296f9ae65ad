import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref, type ComputedRef } from 'vue';
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
  // Every length the list is drawn with, in order: each render is a mutation of its own.
  const drawnLengths: number[] = [];
  new MutationObserver(() => drawnLengths.push(wrapper.findAll('li').length)).observe(wrapper.element, {
    childList: true,
  });
  const allDrawn = () => vi.waitFor(() => expect(rendered()).toEqual(items.value), { timeout: 2000, interval: 1 });
  return { items, wrapper, rendered, drawnLengths, allDrawn, shownCount: () => shown?.value.length };
}

describe('useRenderedInSteps', () => {
  it('renders the first step at once, then one more step per render, until all are in', async () => {
    const { rendered, drawnLengths, allDrawn } = mountList(['a', 'b', 'c', 'd', 'e'], 2);
    expect(rendered()).toEqual(['a', 'b']);

    await allDrawn();
    expect(drawnLengths).toEqual([4, 5]);
  });

  it('shrinks at once, grows in steps again, and follows changes to the items shown', async () => {
    const { items, rendered, drawnLengths, allDrawn } = mountList(['a', 'b', 'c']);
    await allDrawn();

    items.value = ['b'];
    await nextTick();
    expect(rendered()).toEqual(['b']);

    drawnLengths.length = 0;
    items.value = ['x', 'y', 'z', 'w'];
    await nextTick();
    expect(rendered().length).toBeLessThan(4);
    await allDrawn();
    expect(rendered()).toEqual(['x', 'y', 'z', 'w']);
    // One item more in each render (a new one replaces 'b' first).
    expect(drawnLengths.at(-1)).toBe(4);
    expect(drawnLengths.every((length, i) => i === 0 || length === drawnLengths[i - 1]! + 1)).toBe(true);
  });

  it('stops growing once its component is gone', async () => {
    const { wrapper, shownCount } = mountList(['a', 'b', 'c', 'd', 'e']);
    expect(shownCount()).toBe(1);
    wrapper.unmount();
    for (let i = 0; i < 6; i++) await nextTask();
    expect(shownCount()).toBeLessThanOrEqual(2);
  });
});
