import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Deadline } from '@shared/disputes/deadlines.js';
import { i18n, setLocale } from '@client/i18n';
import DisputesDeadline from './DisputesDeadline.vue';
import { loadDisputesMessages } from './load-messages';

const base: Deadline = {
  kind: 'accept_decision',
  dueDate: '2026-12-01',
  dueAt: '2026-12-01T15:59:59.999Z',
  workingDays: 7,
  provisional: false,
  state: 'running',
  workingDaysLeft: 5,
};
const render = (deadline: Partial<Deadline>) =>
  mount(DisputesDeadline, { props: { deadline: { ...base, ...deadline } }, global: { plugins: [IonicVue, i18n] } });

describe('a statutory deadline as a person reads it', () => {
  beforeAll(() => loadDisputesMessages(LOCALES));
  beforeEach(() => setLocale('zh-CN'));

  it('names the clock, the due day and the working days left', () => {
    const text = render({}).text();

    expect(text).toContain('受理决定期限');
    expect(text).toContain('2026年12月1日');
    expect(text).toContain('还剩 5 个工作日');
    expect(render({}).get('p').attributes('data-tone')).toBe('ok');
  });

  it('warns when two working days or fewer are left, and on the last day says so', () => {
    expect(render({ workingDaysLeft: 2 }).get('p').attributes('data-tone')).toBe('soon');
    expect(render({ workingDaysLeft: 1 }).text()).toContain('今天是最后一个工作日');
  });

  it('flags an overdue clock', () => {
    const wrapper = render({ state: 'overdue', workingDaysLeft: 0 });
    expect(wrapper.text()).toContain('已超期');
    expect(wrapper.get('p').attributes('data-tone')).toBe('late');
  });

  it('says a provisional date is provisional, and speaks English too', () => {
    setLocale('en');
    const text = render({ kind: 'mediation', provisional: true, workingDaysLeft: 12 }).text();
    expect(text).toContain('Mediation due');
    expect(text).toContain('12 working days left');
    expect(text).toContain('provisional');
  });

  it('shows a met deadline as done', () => {
    expect(render({ state: 'met', workingDaysLeft: 0 }).text()).toContain('已按时完成');
  });
});
