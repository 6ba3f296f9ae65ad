import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import { loadAccountsMessages } from './load-messages';
import AccountsPasswordInput from './AccountsPasswordInput.vue';

/** Ionic's wrappers set the web component's properties, not attributes. */
const prop = (element: Element, name: string) => (element as unknown as Record<string, unknown>)[name];

const mountInput = (props: Record<string, unknown>, attrs: Record<string, unknown> = {}) =>
  mount(AccountsPasswordInput, {
    props: { label: '密码', ...props },
    attrs,
    global: { plugins: [IonicVue, i18n] },
    attachTo: document.body,
  });

describe('AccountsPasswordInput', () => {
  it('is a password field for the current password, with its show/hide button in the language', async () => {
    await loadAccountsMessages(LOCALES);
    setLocale('en');
    const wrapper = mountInput({ error: 'Wrong password' }, { 'data-field': 'password', name: 'password' });
    const input = wrapper.get('ion-input').element;

    expect(prop(input, 'type')).toBe('password');
    expect(prop(input, 'autocomplete')).toBe('current-password');
    expect(prop(input, 'maxlength')).toBeUndefined();
    expect(input.getAttribute('data-field')).toBe('password');
    expect(prop(input, 'errorText')).toBe('Wrong password');
    const toggle = wrapper.get('ion-input-password-toggle').element;
    expect(toggle.getAttribute('slot')).toBe('end');
    expect(toggle.getAttribute('show-label')).toBe('Show password');
    expect(toggle.getAttribute('hide-label')).toBe('Hide password');
    wrapper.unmount();
    setLocale('zh-CN');
  });

  it('for a password being chosen, lets managers offer one and stops at the server limit', () => {
    const wrapper = mountInput({ fresh: true });
    const input = wrapper.get('ion-input').element;

    expect(prop(input, 'autocomplete')).toBe('new-password');
    expect(prop(input, 'maxlength')).toBe(128);
    wrapper.unmount();
  });
});
