import { IonicVue } from '@ionic/vue';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { h, type Component } from 'vue';
import AppPage from './AppPage.vue';
import AppSubPage from './AppSubPage.vue';

const mountPage = (component: Component, props: Record<string, string>, slots: Record<string, () => unknown> = {}) =>
  mount(component, {
    props,
    slots: { default: () => h('p', { class: 'content' }, 'the page'), ...slots },
    global: { plugins: [IonicVue] },
    attachTo: document.body,
  });

describe('AppPage', () => {
  it('renders the title in the toolbar, and no buttons when nothing goes before it', () => {
    const wrapper = mountPage(AppPage, { title: '我的' });

    expect(wrapper.classes()).toContain('ion-page');
    expect(wrapper.get('ion-header ion-toolbar ion-title').text()).toBe('我的');
    expect(wrapper.find('ion-buttons').exists()).toBe(false);
    wrapper.unmount();
  });

  it('puts the start slot in the start buttons, and the page content inside the padded ion-content', () => {
    const wrapper = mountPage(AppPage, { title: 'x' }, { start: () => h('button', { class: 'first' }, 'menu') });

    expect(wrapper.get('ion-toolbar ion-buttons[slot="start"] .first').text()).toBe('menu');
    expect(wrapper.get('ion-content.ion-padding .content').text()).toBe('the page');
    expect(wrapper.find('ion-header .content').exists()).toBe(false);
    wrapper.unmount();
  });
});

describe('AppSubPage', () => {
  it('is AppPage with a back button at the start that goes where it is told, with its text', () => {
    const wrapper = mountPage(AppSubPage, { title: '登录', backTo: '/me', backText: '返回' });

    expect(wrapper.get('ion-toolbar ion-title').text()).toBe('登录');
    const back = wrapper.get('ion-toolbar ion-buttons[slot="start"] ion-back-button');
    expect(back.attributes('default-href')).toBe('/me');
    expect((back.element as HTMLElement & { text?: string }).text).toBe('返回');
    expect(wrapper.get('ion-content.ion-padding .content').text()).toBe('the page');
    wrapper.unmount();
  });
});
