import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseEvent } from '@shared/disputes/case-events.js';
import { i18n, setLocale } from '@client/i18n';
import DisputesTimeline from './DisputesTimeline.vue';
import { loadDisputesMessages } from './load-messages';
import { mergeEvents, timelineOf } from './timeline';

const consumer = { id: 'u1', role: 'consumer' as const, name: '王小明' };
const mediator = { id: 'm1', role: 'mediator' as const, name: '张调解' };
const at = (n: number) => `2026-11-2${n}T02:00:00.000Z`;
const events: CaseEvent[] = [
  {
    caseId: 'c',
    seq: 1,
    at: at(1),
    actor: consumer,
    type: 'filed',
    data: {
      caseNumber: 'DT-2026-000123',
      category: 'counterfeit',
      respondentName: '首尔美妆',
      amountFen: 26800,
      evidenceExpected: 1,
    },
  },
  {
    caseId: 'c',
    seq: 2,
    at: at(2),
    actor: mediator,
    type: 'claimed',
    data: { mediator: { id: 'm1', name: '张调解' } },
  },
  { caseId: 'c', seq: 3, at: at(2), actor: mediator, type: 'internal_note', data: { text: '商家电话 0352-1234567' } },
  { caseId: 'c', seq: 4, at: at(3), actor: mediator, type: 'message', data: { text: '您好' } },
  { caseId: 'c', seq: 5, at: at(3), actor: mediator, type: 'accepted', data: {} },
  {
    caseId: 'c',
    seq: 6,
    at: at(4),
    actor: mediator,
    type: 'settlement_proposed',
    data: { proposedBy: 'merchant', terms: '退货退款', amountFen: 26800 },
  },
  { caseId: 'c', seq: 7, at: at(5), actor: mediator, type: 'closed', data: { outcome: 'settled', amountFen: 26800 } },
];

describe('the timeline of a case in plain words', () => {
  beforeAll(() => loadDisputesMessages(LOCALES));
  beforeEach(() => setLocale('zh-CN'));
  const t = (key: string, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {});

  it('says each step in a sentence and leaves the chat messages to the chat', () => {
    const texts = timelineOf(t, events, 'zh-CN').map((e) => e.text);

    expect(texts).toEqual([
      '投诉已提交，案件编号 DT-2026-000123',
      '调解员 张调解 已接手本案',
      '张调解 的内部备注',
      '投诉已受理，进入调解',
      '被投诉商家提出调解方案，金额 ¥268.00',
      '案件办结：调解成功，金额 ¥268.00',
    ]);
  });

  it('reads the same in English', () => {
    setLocale('en');
    expect(timelineOf(t, events, 'en').at(-1)?.text).toBe('Case closed: Settled, amount ¥268.00');
  });

  it('marks internal notes as staff only', () => {
    const wrapper = mount(DisputesTimeline, { props: { events }, global: { plugins: [IonicVue, i18n] } });

    const note = wrapper.get('[data-type="internal_note"]');
    expect(note.text()).toContain('【仅工作人员可见】');
    expect(note.text()).toContain('商家电话 0352-1234567');
    expect(wrapper.findAll('li')).toHaveLength(6);
  });

  it('keeps each event once, in seq order, whatever order and how often it arrives', () => {
    const [a, b, c] = events as [CaseEvent, CaseEvent, CaseEvent];
    const once = mergeEvents([c], [a, c, b, a]);

    expect(once.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(mergeEvents(once, [b])).toBe(once); // nothing new: the same array, no re-render
  });
});
