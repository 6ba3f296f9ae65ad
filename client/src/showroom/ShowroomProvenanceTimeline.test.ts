import { mount } from '@vue/test-utils';
import { LOCALES } from '@client/i18n/locales';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import ShowroomProvenanceTimeline from './ShowroomProvenanceTimeline.vue';
import { loadShowroomMessages } from './load-messages';

const events = [
  { at: '2026-08-03T01:00:00.000Z', event: 'Left the factory', place: 'Melbourne' },
  { at: '2026-08-13T12:00:00.000Z', event: 'Arrived at Tianjin Port', place: 'Tianjin Port' },
  {
    at: '2026-09-09T09:00:00.000Z',
    event: 'On display in the showroom',
    place: 'Datong Inland Port imported goods showroom',
  },
];

describe('ShowroomProvenanceTimeline', () => {
  beforeAll(() => loadShowroomMessages(LOCALES));
  beforeEach(() => setLocale('en'));

  it('shows where the batch has been, in order, with place and time', () => {
    const wrapper = mount(ShowroomProvenanceTimeline, { props: { events }, global: { plugins: [i18n] } });

    const items = wrapper.findAll('li');
    expect(wrapper.get('h2').text()).toBe('Origin and shipping');
    expect(items.map((item) => item.get('.showroom-timeline__title').text())).toEqual(events.map((e) => e.event));
    expect(items[0]?.text()).toContain('Melbourne');
    expect(items[2]?.get('time').attributes('datetime')).toBe('2026-09-09T09:00:00.000Z');
    // Park time: 09:00 UTC is 17:00 in Datong.
    expect(items[2]?.get('time').text()).toContain('17:00');
  });

  it('says so when the batch has no shipping records', () => {
    const wrapper = mount(ShowroomProvenanceTimeline, { props: { events: [] }, global: { plugins: [i18n] } });

    expect(wrapper.text()).toContain('There are no shipping records for this batch.');
    expect(wrapper.find('ol').exists()).toBe(false);
  });
});
