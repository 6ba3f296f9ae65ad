import { mount } from '@vue/test-utils';
import { LOCALES } from '@client/i18n/locales';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelStatus } from '@shared/codes';
import { i18n, setLocale } from '@client/i18n';
import ShowroomAuthenticityBadge from './ShowroomAuthenticityBadge.vue';
import { loadShowroomMessages } from './load-messages';

const mountBadge = (status: LabelStatus) =>
  mount(ShowroomAuthenticityBadge, { props: { status }, global: { plugins: [i18n] } });

describe('ShowroomAuthenticityBadge', () => {
  beforeAll(() => loadShowroomMessages(LOCALES));

  it.each([
    ['authentic', 'Authentic', 'its signature checks out and it has not been revoked'],
    ['not_issued', 'Not issued by the zone', 'may not have been imported through the pilot zone'],
    ['revoked', 'Revoked', 'Do not buy it, and report it.'],
    ['unsigned', 'No signature', 'cannot prove the product is genuine'],
  ] as const)('%s: says "%s" and explains it', (status, label, explanation) => {
    setLocale('en');

    const wrapper = mountBadge(status);

    expect(wrapper.get('h2').text()).toBe('Authenticity');
    expect(wrapper.get('strong').text()).toBe(label);
    expect(wrapper.get('.showroom-authenticity__explanation').text()).toContain(explanation);
    expect(wrapper.classes()).toContain(`showroom-authenticity--${status}`);
  });

  it.each([
    ['authentic', '正品'],
    ['not_issued', '非试验区签发'],
    ['revoked', '已撤销'],
    ['unsigned', '无签名'],
  ] as const)('in Simplified Chinese, %s reads "%s"', (status, label) => {
    setLocale('zh-CN');

    expect(mountBadge(status).get('strong').text()).toBe(label);
  });

  it('the icon is decoration: the words carry the meaning', () => {
    setLocale('en');

    expect(mountBadge('revoked').get('ion-icon').attributes('aria-hidden')).toBe('true');
  });
});
