import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import TrainingCheckinVerdict from './TrainingCheckinVerdict.vue';
import type { ScanVerdict } from './useCheckinDesk';
import { loadTrainingMessages } from './load-messages';

const render = (verdict: ScanVerdict | null) =>
  mount(TrainingCheckinVerdict, { props: { verdict }, global: { plugins: [IonicVue, i18n] } });

describe('TrainingCheckinVerdict', () => {
  beforeAll(() => loadTrainingMessages(LOCALES));
  beforeEach(() => setLocale('zh-CN'));

  it('a valid code for this session: ✓ and the trainee’s name, announced at once', () => {
    const region = render({ kind: 'ok', name: '王小明' }).get('[role="status"]');

    expect(region.attributes('aria-live')).toBe('assertive');
    expect(region.text()).toBe('✓ 王小明 签到成功');
  });

  it.each([
    [{ kind: 'other-session', name: '李晓华' }, '✗ 这是另一课程或场次的签到码（李晓华）'],
    [{ kind: 'bad-signature' }, '✗ 签到码签名无效，可能被篡改'],
    [{ kind: 'invalid' }, '✗ 不是有效的签到码'],
  ] as [ScanVerdict, string][])('a code that does not admit: %o', (verdict, text) => {
    expect(render(verdict).text()).toBe(text);
  });

  it('a second scan of the same trainee is not an error', () => {
    setLocale('en');

    expect(render({ kind: 'again', name: 'Wang' }).text()).toBe('ⓘ Wang was already checked in');
  });
});
