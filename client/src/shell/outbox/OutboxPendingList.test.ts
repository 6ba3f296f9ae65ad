import { IonicVue } from '@ionic/vue';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { i18n, setLocale } from '@client/i18n';
import type { OutboxItem } from './types';

const items = shallowRef<OutboxItem[]>([]);
const flush = vi.fn(async () => undefined);
vi.mock('./index', () => ({ useOutbox: () => ({ items, flush, discard: vi.fn() }) }));

const { default: OutboxPendingList } = await import('./OutboxPendingList.vue');

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  id: crypto.randomUUID(),
  kind: 'training.register',
  method: 'POST',
  url: '/api/training/courses/C1/registrations',
  body: {},
  createdAt: '2026-11-02T08:00:00Z',
  attempts: 0,
  state: 'pending',
  ...over,
});

describe('OutboxPendingList', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    items.value = [];
  });
  const mountList = (props: Record<string, unknown> = {}) =>
    mount(OutboxPendingList, { props, global: { plugins: [IonicVue, i18n] } });

  it('is an always-present status region, empty when nothing waits', () => {
    const wrapper = mountList();

    expect(wrapper.get('[role="status"]').text()).toBe('');
  });

  it('lists the waiting items of its kinds with their label and state', () => {
    items.value = [
      item({ meta: { courseCode: 'C1', title: '跨境电商入门' } }),
      item({ kind: 'disputes.file', meta: { title: '退款纠纷' } }),
      item({
        meta: { label: '直播带货实务' },
        state: 'failed',
        attempts: 2,
        lastError: { code: 'network', message: 'x' },
      }),
    ];

    const wrapper = mountList({ kinds: ['training.register'] });

    const rows = wrapper.findAll('li').map((li) => li.text().replace(/\s+/g, ' '));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('跨境电商入门');
    expect(rows[0]).toContain('等待发送');
    expect(rows[1]).toContain('直播带货实务');
    expect(rows[1]).toContain('尚未发送，稍后自动重试 · 没有网络连接');
  });

  it('matches kinds by prefix when the prefix ends with a dot', () => {
    items.value = [item({ kind: 'disputes.file' }), item({ kind: 'disputes.message' }), item({})];

    expect(mountList({ kinds: ['disputes.'] }).findAll('li')).toHaveLength(2);
  });

  it('tells a user whose session ended to sign in, rather than showing an error', () => {
    items.value = [item({ state: 'failed', lastError: { code: 'unauthenticated', message: 'Please sign in first.' } })];
    setLocale('en');

    const text = mountList().get('li').text();

    expect(text).toContain('Sign in to send');
    expect(text).not.toContain('Please sign in first.');
  });
});
