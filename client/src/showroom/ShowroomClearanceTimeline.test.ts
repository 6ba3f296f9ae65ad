import { mount } from '@vue/test-utils';
import { LOCALES } from '@client/i18n/locales';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import ShowroomClearanceTimeline from './ShowroomClearanceTimeline.vue';
import { loadShowroomMessages } from './load-messages';

const events = [
  { code: 1, at: '2026-09-06T04:00:00.000Z', label: 'Saved at the e-port' },
  { code: 800, at: '2026-09-08T16:00:00.000Z', label: 'Released' },
] as const;

const mountTimeline = (list: readonly { code: 1 | 800; at: string; label: string }[] = events) =>
  mount(ShowroomClearanceTimeline, { props: { events: [...list] }, global: { plugins: [i18n] } });

describe('ShowroomClearanceTimeline', () => {
  beforeAll(() => loadShowroomMessages(LOCALES));
  beforeEach(() => setLocale('en'));

  it('lists every status with its code and what it means, oldest first', () => {
    const items = mountTimeline().findAll('li');

    expect(items).toHaveLength(2);
    expect(items[0]?.text()).toContain('Saved at the e-port');
    expect(items[0]?.text()).toContain('Status code 1');
    expect(items[0]?.text()).toContain('The seller has entered the declaration at the China E-Port');
    expect(items[1]?.text()).toContain('Released');
    expect(items[1]?.text()).toContain('Status code 800');
    expect(items[1]?.text()).toContain(
      'Customs has released the goods; they may leave the bonded zone and be delivered.',
    );
  });

  it('marks the latest status as the current step, with machine-readable times', () => {
    const items = mountTimeline().findAll('li');

    expect(items[1]?.attributes('aria-current')).toBe('step');
    expect(items[0]?.attributes('aria-current')).toBeUndefined();
    expect(items[1]?.get('time').attributes('datetime')).toBe('2026-09-08T16:00:00.000Z');
    expect(items[1]?.get('time').text()).toContain('2026');
  });

  it('explains the codes in the reader language', () => {
    setLocale('zh-CN');

    const text = mountTimeline().text();

    expect(text).toContain('清关记录');
    expect(text).toContain('状态码 800');
    expect(text).toContain('海关已放行，货物可以出区交付给消费者。');
  });

  it('says so when there is no record yet', () => {
    expect(mountTimeline([]).text()).toContain('No customs records yet.');
  });
});
