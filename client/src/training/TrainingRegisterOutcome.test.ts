import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import { outcomeOfResponse, type RegisterOutcome } from './outcome';
import TrainingRegisterOutcome from './TrainingRegisterOutcome.vue';
import { loadTrainingMessages } from './load-messages';

const render = (outcome: RegisterOutcome | null) =>
  mount(TrainingRegisterOutcome, { props: { outcome }, global: { plugins: [IonicVue, i18n] } });

const result = { id: 'r1', course: 'ce-ops-101', createdAt: '2026-11-27T02:00:00.000Z' };
const error = (code: string, message: string) => ({ error: { code, message } });

describe('registration outcome', () => {
  beforeAll(() => loadTrainingMessages(LOCALES));
  beforeEach(() => setLocale('en'));

  it.each([
    [201, { ...result, status: 'confirmed', seat: 8 }, 'You are registered! Your seat number is 8.'],
    [201, { ...result, status: 'waitlisted', position: 3 }, 'you are on the waitlist, position 3.'],
    [
      409,
      error('registration_closed', 'Registration closed.'),
      'Registration has closed; you could not be registered.',
    ],
    [409, error('already_registered', 'You are already registered.'), 'You are already registered for this course.'],
    [401, error('unauthenticated', 'Sign in.'), 'Your sign-in has expired.'],
    [
      404,
      error('not_found', 'The course was not found.'),
      'The registration did not go through: The course was not found.',
    ],
  ])('the server answers %i → the trainee reads the outcome', (status, body, text) => {
    const outcome = outcomeOfResponse(status, body);

    expect(render(outcome).get('[role="status"]').text()).toContain(text);
  });

  it('saved offline: the trainee is told it is on the phone and will be sent', () => {
    const wrapper = render({ kind: 'saved-offline' });

    expect(wrapper.text()).toContain('Saved on this phone — it will be sent when you are online.');
  });

  it('keeps an empty polite live region before anything happened, so the outcome is announced', () => {
    const region = render(null).get('[role="status"]');

    expect(region.attributes('aria-live')).toBe('polite');
    expect(region.text()).toBe('');
  });

  it('speaks Simplified Chinese by default', () => {
    setLocale('zh-CN');

    expect(render({ kind: 'waitlisted', position: 2 }).text()).toContain('排在第 2 位');
  });
});
