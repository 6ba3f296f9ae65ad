import { describe, expect, it } from 'vitest';
import { i18n } from '@client/i18n';
import { alertFixture } from './fixtures.test-support';
import { statisticsMessages } from './messages';
import { alertLink, alertSubject, alertToast, withAlert } from './risk';
import type { Translate } from './sections';

i18n.global.mergeLocaleMessage('en', { statistics: statisticsMessages.en });
i18n.global.mergeLocaleMessage('zh-CN', { statistics: statisticsMessages['zh-CN'] });
const t: Translate = (key, named) => i18n.global.t(key, named ?? {}, { locale: 'en' });
const tZh: Translate = (key, named) => i18n.global.t(key, named ?? {}, { locale: 'zh-CN' });

describe('product risk alerts', () => {
  it('a live alert goes on top of the list, and an alert sent twice is listed once', () => {
    const older = alertFixture({ id: 'a1', raisedAt: '2026-11-26T00:00:00.000Z' });
    const newer = alertFixture({ id: 'a2', raisedAt: '2026-11-27T00:00:00.000Z' });
    expect(withAlert([older], newer).map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(withAlert([newer, older], newer).map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('announces a batch alert with the batch, a product alert without', () => {
    expect(alertToast(alertFixture(), t)).toBe(
      'Risk alert: 2 complaints about batch A010552 of Manuka honey in 30 days.',
    );
    expect(alertToast(alertFixture({ scope: 'product', lot: null, complaints: 3 }), tZh)).toBe(
      '风险提示：Manuka honey 在 30 天内收到 3 件投诉。',
    );
    expect(alertSubject(alertFixture(), t)).toBe('Manuka honey (09304967152415), batch A010552');
  });

  it('opens the product page on the batch concerned', () => {
    expect(alertLink(alertFixture())).toBe('/showroom/products/09304967152415?lot=A010552');
    expect(alertLink(alertFixture({ scope: 'product', lot: null }))).toBe('/showroom/products/09304967152415');
  });
});
