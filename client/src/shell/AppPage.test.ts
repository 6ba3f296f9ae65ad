import { IonicVue } from '@ionic/vue';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import AppPage from './AppPage.vue';

type Props = { title: string; backTo?: string; backText?: string };

const mountPage = (props: Props, slots: Record<string, () => ReturnType<typeof h>> = {}) =>
  mount(AppPage, {
    props,
    slots: { default: () => h('p', { class: 'content' }, 'the page'), ...slots },
    global: { plugins: [IonicVue] },
    attachTo: document.body,
  });

describe('AppPage', () => {
  it('renders the title in the toolbar, and no back button without backTo', () => {
    const wrapper = mountPage({ title: '我的' });

    expect(wrapper.classes()).toContain('ion-page');
    expect(wrapper.get('ion-header ion-toolbar ion-title').text()).toBe('我的');
    expect(wrapper.find('ion-back-button').exists()).toBe(false);
    expect(wrapper.find('ion-buttons').exists()).toBe(false);
    wrapper.unmount();
  });

  it('with backTo, puts a back button at the start that goes there, with its text', () => {
    const wrapper = mountPage({ title: '登录', backTo: '/me', backText: '返回' });

    const back = wrapper.get('ion-toolbar ion-buttons[slot="start"] ion-back-button');
    expect(back.attributes('default-href')).toBe('/me');
    expect((back.element as HTMLElement & { text?: string }).text).toBe('返回');
    wrapper.unmount();
  });

  it('renders the end slot inside the end buttons, only when given', () => {
    const withEnd = mountPage({ title: 'x' }, { end: () => h('button', { class: 'end-action' }, 'save') });
    expect(withEnd.get('ion-toolbar ion-buttons[slot="end"] .end-action').text()).toBe('save');
    withEnd.unmount();

    const without = mountPage({ title: 'x' });
    expect(without.find('ion-buttons[slot="end"]').exists()).toBe(false);
    without.unmount();
  });

  it('puts the page content inside the padded ion-content', () => {
    const wrapper = mountPage({ title: 'x' });

    expect(wrapper.get('ion-content.ion-padding .content').text()).toBe('the page');
    expect(wrapper.find('ion-header .content').exists()).toBe(false);
    wrapper.unmount();
  });
});
