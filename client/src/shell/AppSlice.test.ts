import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import AppSlice from './AppSlice.vue';
import { bootSlices } from './boot-slices';

const mountSlice = () =>
  mount(AppSlice, {
    slots: { default: () => h('p', { class: 'slice' }, 'part of the page') },
    attachTo: document.body,
  });

/** What the server sends on a first visit: the app's page is drawn beneath this cover. */
function addBootScreen(): HTMLElement {
  const boot = document.createElement('div');
  boot.id = 'boot-screen';
  document.body.append(boot);
  return boot;
}

afterEach(() => document.getElementById('boot-screen')?.remove());

describe('AppSlice', () => {
  it('renders its slot at once when there is no boot screen', () => {
    const wrapper = mountSlice();

    expect(wrapper.find('.slice').text()).toBe('part of the page');
    expect(bootSlices.waiting()).toBe(0);
    wrapper.unmount();
  });

  it('under the boot screen, renders its slot in a later task and counts it as waiting until then', async () => {
    addBootScreen();
    const wrapper = mountSlice();

    expect(wrapper.find('.slice').exists()).toBe(false);
    expect(bootSlices.waiting()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await flushPromises();

    expect(wrapper.find('.slice').text()).toBe('part of the page');
    expect(bootSlices.waiting()).toBe(0);
    wrapper.unmount();
  });

  it('stops counting a slice that is unmounted before it rendered', () => {
    addBootScreen();
    const wrapper = mountSlice();
    expect(bootSlices.waiting()).toBe(1);

    wrapper.unmount();

    expect(bootSlices.waiting()).toBe(0);
  });
});
