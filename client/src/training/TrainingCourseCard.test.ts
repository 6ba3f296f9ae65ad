import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount, RouterLinkStub } from '@vue/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import { aCourse } from './fixtures.test-support';
import TrainingCourseCard from './TrainingCourseCard.vue';
import { loadTrainingMessages } from './load-messages';

const mountCard = (course = aCourse()) =>
  mount(TrainingCourseCard, {
    props: { course },
    global: { plugins: [IonicVue, i18n], stubs: { RouterLink: RouterLinkStub } },
  });

describe('TrainingCourseCard', () => {
  beforeAll(() => loadTrainingMessages(LOCALES));
  beforeEach(() => setLocale('zh-CN'));

  it('shows the title as a link to the course, the seats left and the subsidy badge', () => {
    const card = mountCard();

    expect(card.get('h2').text()).toBe('跨境电商平台店铺运营实务');
    expect(card.getComponent(RouterLinkStub).props('to')).toBe('/training/courses/ce-ops-101');
    expect(card.text()).toContain('剩余名额：7');
    expect(card.get('.training-card__subsidy').text()).toBe('可申请补贴');
    expect(card.text()).toContain('免费');
  });

  it('in English, shows the English title, dates in China time and the deadline', () => {
    setLocale('en');

    const card = mountCard();

    expect(card.get('h2').text()).toBe('Running a cross-border marketplace store');
    // 01:00 UTC is 09:00 in Datong, whatever the zone of the test machine.
    expect(card.text()).toMatch(/Register by .*Dec.*5.*2026.*09:00/);
    expect(card.text()).toMatch(/Dec 7.*8, 2026/);
  });

  it('a full course says so and offers the waitlist; no badge without a subsidy; the fee in yuan', () => {
    setLocale('en');

    const card = mountCard(aCourse({ seatsLeft: 0, subsidyEligible: false, feeCny: 380 }));

    expect(card.text()).toContain('Full — you can join the waitlist');
    expect(card.find('.training-card__subsidy').exists()).toBe(false);
    expect(card.text()).toMatch(/Fee: CN¥380/);
  });

  it('a closed course shows that registration has closed instead of a deadline', () => {
    const card = mountCard(aCourse({ open: false }));

    expect(card.text()).toContain('报名已截止');
    expect(card.text()).not.toContain('报名截止：');
  });
});
