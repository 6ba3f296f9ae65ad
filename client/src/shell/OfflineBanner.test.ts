import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import OfflineBanner from './OfflineBanner.vue';

function goOffline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  window.dispatchEvent(new Event('offline'));
}

function goOnline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  window.dispatchEvent(new Event('online'));
}

describe('OfflineBanner', () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => vi.restoreAllMocks());

  const mountBanner = () => mount(OfflineBanner, { global: { plugins: [i18n] } });

  it('says nothing while online, but keeps its polite live region in the page', () => {
    const wrapper = mountBanner();

    const region = wrapper.get('[role="status"]');
    expect(region.attributes('aria-live')).toBe('polite');
    expect(region.text()).toBe('');
  });

  it('when the connection drops, tells the user their work is kept on the device', async () => {
    const wrapper = mountBanner();

    goOffline();
    await wrapper.vm.$nextTick();

    expect(wrapper.get('[role="status"]').text()).toBe('离线模式 — 你的操作会保存在本机，联网后自动发送');
  });

  it('when the connection comes back, the message goes away', async () => {
    const wrapper = mountBanner();
    goOffline();
    await wrapper.vm.$nextTick();

    goOnline();
    await wrapper.vm.$nextTick();

    expect(wrapper.get('[role="status"]').text()).toBe('');
  });

  it('already offline when the page opens: the message shows at once', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

    const wrapper = mountBanner();

    expect(wrapper.text()).toContain('离线模式');
  });

  it('speaks the chosen language', async () => {
    setLocale('en');
    const wrapper = mountBanner();

    goOffline();
    await wrapper.vm.$nextTick();

    expect(wrapper.text()).toContain('Offline — your actions are saved on this device');
  });
});
