import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { i18n } from '@client/i18n';
import AccountsContactFields from './AccountsContactFields.vue';
import { contactField, type Contact } from './contact';
import { loadAccountsMessages } from './load-messages';

const prop = (element: Element, name: string) => (element as unknown as Record<string, unknown>)[name];

const mountFields = (props: { contact: Contact; own?: boolean; errors?: { phone?: string } }) =>
  mount(AccountsContactFields, {
    props: { phone: '', email: '', errors: {}, ...props },
    global: { plugins: [IonicVue, i18n] },
    attachTo: document.body,
  });

describe('AccountsContactFields', () => {
  it('shows only the chosen field; for one’s own account the browser may fill it and it is required', async () => {
    await loadAccountsMessages(LOCALES);
    const wrapper = mountFields({ contact: 'phone', own: true, errors: { phone: '手机号格式不对' } });
    const inputs = wrapper.findAll('ion-input');
    expect(inputs.map((i) => i.attributes('data-field'))).toEqual(['phone']);
    const phone = inputs[0]!.element;
    expect(prop(phone, 'autocomplete')).toBe('tel-national');
    expect(prop(phone, 'required')).toBe(true);
    expect(prop(phone, 'errorText')).toBe('手机号格式不对');

    await wrapper.setProps({ contact: 'email' });
    await nextTick();
    const email = wrapper.get('ion-input').element;
    expect(email.getAttribute('data-field')).toBe('email');
    expect(prop(email, 'autocomplete')).toBe('email');
    wrapper.unmount();
  });

  it('for someone else’s account, the browser fills in nothing of the administrator’s', () => {
    const wrapper = mountFields({ contact: 'email' });
    const email = wrapper.get('ion-input').element;
    expect(prop(email, 'autocomplete')).toBe('off');
    expect(prop(email, 'required')).toBeFalsy();
    wrapper.unmount();
  });

  it('sends the chosen contact only, trimmed', () => {
    const values = { phone: ' 13800138000 ', email: ' a@b.cn ' };
    expect(contactField('phone', values)).toEqual({ phone: '13800138000' });
    expect(contactField('email', values)).toEqual({ email: 'a@b.cn' });
  });
});
