import type { LocalizedText } from './locale.js';

export type ClearancePhase = 'in_progress' | 'released' | 'held' | 'returned';

export type ClearanceCodeInfo = {
  phase: ClearancePhase;
  label: LocalizedText;
  /** What the status means, for a shopper who has never seen a customs declaration. */
  explanation: LocalizedText;
  /** The current state in plain words; `{date}` is replaced by the day of the event. */
  state: LocalizedText;
};

const held = (to: LocalizedText, label: LocalizedText): ClearanceCodeInfo => ({
  phase: 'held',
  label,
  explanation: {
    'zh-CN': `货物被海关扣留，${to['zh-CN']}。`,
    'zh-TW': `貨物被海關扣留，${to['zh-TW']}。`,
    en: `Customs is holding the goods ${to.en}.`,
  },
  state: { 'zh-CN': '{date}起被海关扣留', 'zh-TW': '{date}起被海關扣留', en: 'Held by customs since {date}' },
});

/**
 * The status codes of the cross-border e-commerce retail import list (跨境电商零售进口清单) as the
 * China E-Port reports them. The zh-CN labels are the ones customs uses.
 */
export const CLEARANCE_CODES = {
  1: {
    phase: 'in_progress',
    label: { 'zh-CN': '电子口岸已暂存', 'zh-TW': '電子口岸已暫存', en: 'Saved at the e-port' },
    explanation: {
      'zh-CN': '商家已在电子口岸录入申报信息，尚未提交海关。',
      'zh-TW': '商家已在電子口岸錄入申報資訊，尚未提交海關。',
      en: 'The seller has entered the declaration at the China E-Port but has not sent it to customs yet.',
    },
    state: {
      'zh-CN': '已于{date}在电子口岸暂存申报',
      'zh-TW': '已於{date}在電子口岸暫存申報',
      en: 'Declaration saved at the e-port on {date}',
    },
  },
  2: {
    phase: 'in_progress',
    label: { 'zh-CN': '申报中', 'zh-TW': '申報中', en: 'Being declared' },
    explanation: {
      'zh-CN': '申报信息正在提交给海关。',
      'zh-TW': '申報資訊正在提交給海關。',
      en: 'The declaration is being sent to customs.',
    },
    state: { 'zh-CN': '{date}起申报中', 'zh-TW': '{date}起申報中', en: 'Being declared since {date}' },
  },
  3: {
    phase: 'in_progress',
    label: { 'zh-CN': '发送海关成功', 'zh-TW': '發送海關成功', en: 'Sent to customs' },
    explanation: {
      'zh-CN': '海关已收到申报，等待处理。',
      'zh-TW': '海關已收到申報，等待處理。',
      en: 'Customs has received the declaration and will process it.',
    },
    state: { 'zh-CN': '已于{date}发送至海关', 'zh-TW': '已於{date}發送至海關', en: 'Sent to customs on {date}' },
  },
  120: {
    phase: 'in_progress',
    label: { 'zh-CN': '海关入库', 'zh-TW': '海關入庫', en: 'Received by customs' },
    explanation: {
      'zh-CN': '申报已进入海关系统，正在自动审核。',
      'zh-TW': '申報已進入海關系統，正在自動審核。',
      en: 'The declaration is in the customs system and is being checked automatically.',
    },
    state: {
      'zh-CN': '已于{date}进入海关系统',
      'zh-TW': '已於{date}進入海關系統',
      en: 'Received by customs on {date}',
    },
  },
  300: {
    phase: 'in_progress',
    label: { 'zh-CN': '人工审核', 'zh-TW': '人工審核', en: 'Manual review' },
    explanation: {
      'zh-CN': '海关关员正在人工审核这份申报。',
      'zh-TW': '海關關員正在人工審核這份申報。',
      en: 'A customs officer is reviewing this declaration by hand.',
    },
    state: {
      'zh-CN': '{date}起海关人工审核中',
      'zh-TW': '{date}起海關人工審核中',
      en: 'Under manual review by customs since {date}',
    },
  },
  399: {
    phase: 'in_progress',
    label: { 'zh-CN': '海关审结', 'zh-TW': '海關審結', en: 'Review completed' },
    explanation: {
      'zh-CN': '海关已完成审核，等待放行。',
      'zh-TW': '海關已完成審核，等待放行。',
      en: 'Customs has finished its review; release comes next.',
    },
    state: {
      'zh-CN': '已于{date}完成海关审核',
      'zh-TW': '已於{date}完成海關審核',
      en: 'Customs review completed on {date}',
    },
  },
  500: {
    phase: 'in_progress',
    label: { 'zh-CN': '查验', 'zh-TW': '查驗', en: 'Inspection' },
    explanation: {
      'zh-CN': '海关正在对这批货物进行查验。',
      'zh-TW': '海關正在對這批貨物進行查驗。',
      en: 'Customs is physically inspecting this shipment.',
    },
    state: {
      'zh-CN': '{date}起海关查验中',
      'zh-TW': '{date}起海關查驗中',
      en: 'Under customs inspection since {date}',
    },
  },
  800: {
    phase: 'released',
    label: { 'zh-CN': '放行', 'zh-TW': '放行', en: 'Released' },
    explanation: {
      'zh-CN': '海关已放行，货物可以出区交付给消费者。',
      'zh-TW': '海關已放行，貨物可以出區交付給消費者。',
      en: 'Customs has released the goods; they may leave the bonded zone and be delivered.',
    },
    state: { 'zh-CN': '已于{date}海关放行', 'zh-TW': '已於{date}海關放行', en: 'Released by customs on {date}' },
  },
  899: {
    phase: 'released',
    label: { 'zh-CN': '结关', 'zh-TW': '結關', en: 'Cleared' },
    explanation: {
      'zh-CN': '这批货物的海关手续已全部办结。',
      'zh-TW': '這批貨物的海關手續已全部辦結。',
      en: 'All customs formalities for this shipment are complete.',
    },
    state: { 'zh-CN': '已于{date}结关', 'zh-TW': '已於{date}結關', en: 'Customs clearance completed on {date}' },
  },
  100: {
    phase: 'returned',
    label: { 'zh-CN': '退单', 'zh-TW': '退單', en: 'Declaration returned' },
    explanation: {
      'zh-CN': '海关退回了申报，商家需要修改后重新申报。',
      'zh-TW': '海關退回了申報，商家需要修改後重新申報。',
      en: 'Customs sent the declaration back; the seller must correct it and declare again.',
    },
    state: {
      'zh-CN': '申报已于{date}被海关退回',
      'zh-TW': '申報已於{date}被海關退回',
      en: 'Declaration returned by customs on {date}',
    },
  },
  501: held(
    {
      'zh-CN': '已转交通关部门处理',
      'zh-TW': '已轉交通關部門處理',
      en: 'and has passed the case to its clearance department',
    },
    { 'zh-CN': '扣留移送通关', 'zh-TW': '扣留移送通關', en: 'Held, passed to clearance' },
  ),
  502: held(
    {
      'zh-CN': '已转交缉私部门处理',
      'zh-TW': '已轉交緝私部門處理',
      en: 'and has passed the case to its anti-smuggling bureau',
    },
    { 'zh-CN': '扣留移送缉私', 'zh-TW': '扣留移送緝私', en: 'Held, passed to anti-smuggling' },
  ),
  503: held(
    {
      'zh-CN': '已转交法规部门处理',
      'zh-TW': '已轉交法規部門處理',
      en: 'and has passed the case to its legal affairs department',
    },
    { 'zh-CN': '扣留移送法规', 'zh-TW': '扣留移送法規', en: 'Held, passed to legal affairs' },
  ),
  599: held(
    { 'zh-CN': '原因为其它情形', 'zh-TW': '原因為其它情形', en: 'for another reason' },
    { 'zh-CN': '其它扣留', 'zh-TW': '其它扣留', en: 'Held, other reason' },
  ),
  700: {
    phase: 'returned',
    label: { 'zh-CN': '退运', 'zh-TW': '退運', en: 'Shipped back' },
    explanation: {
      'zh-CN': '货物未获准进口，已退运出境。',
      'zh-TW': '貨物未獲准進口，已退運出境。',
      en: 'The goods were not admitted and have been shipped back out of the country.',
    },
    state: { 'zh-CN': '已于{date}退运出境', 'zh-TW': '已於{date}退運出境', en: 'Shipped back abroad on {date}' },
  },
} as const satisfies Record<number, ClearanceCodeInfo>;
