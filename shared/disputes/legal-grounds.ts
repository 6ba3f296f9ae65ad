import { z } from 'zod';
import type { Labels } from './vocabulary.js';

/**
 * The grounds on which a complaint is not accepted, one per item of Art. 15 of
 * 《市场监督管理投诉举报处理暂行办法》 (SAMR Order No. 20, as amended 2022). A not-accepted
 * decision must name one of them.
 */
export const NOT_ACCEPT_GROUNDS = [
  'outside_remit',
  'already_handled',
  'not_consumer_dispute',
  'time_barred',
  'materials_missing',
  'other_legal_ground',
] as const;
export const NotAcceptGroundSchema = z.enum(NOT_ACCEPT_GROUNDS);
export type NotAcceptGround = z.infer<typeof NotAcceptGroundSchema>;

export const NOT_ACCEPT_GROUND_LABELS: Record<NotAcceptGround, Labels & { article: string }> = {
  outside_remit: {
    article: '15(1)',
    'zh-CN': '投诉事项不属于市场监督管理部门职责，或者本行政机关不具有处理权限',
    'zh-TW': '投訴事項不屬於市場監督管理部門職責，或者本行政機關不具有處理權限',
    en: 'The matter is outside the market regulator’s remit, or this authority has no power to handle it',
  },
  already_handled: {
    article: '15(2)',
    'zh-CN':
      '法院、仲裁机构、市场监督管理部门或者其他行政机关、消费者协会或者依法成立的其他调解组织已经受理或者处理过同一消费者权益争议',
    'zh-TW':
      '法院、仲裁機構、市場監督管理部門或者其他行政機關、消費者協會或者依法成立的其他調解組織已經受理或者處理過同一消費者權益爭議',
    en: 'A court, arbitration body, market regulator or other authority, consumer association or lawful mediation body has already accepted or handled the same dispute',
  },
  not_consumer_dispute: {
    article: '15(3)',
    'zh-CN': '不是为生活消费需要购买、使用商品或者接受服务，或者不能证明与被投诉人之间存在消费者权益争议',
    'zh-TW': '不是為生活消費需要購買、使用商品或者接受服務，或者不能證明與被投訴人之間存在消費者權益爭議',
    en: 'The goods or services were not bought or used for personal consumption, or no consumer dispute with the respondent can be shown',
  },
  time_barred: {
    article: '15(4)',
    'zh-CN': '除法律另有规定外，投诉人知道或者应当知道自己的权益受到被投诉人侵害之日起超过三年',
    'zh-TW': '除法律另有規定外，投訴人知道或者應當知道自己的權益受到被投訴人侵害之日起超過三年',
    en: 'More than three years have passed since the complainant knew or should have known of the harm, unless the law provides otherwise',
  },
  materials_missing: {
    article: '15(5)',
    'zh-CN': '未提供本办法第九条第一款和第十条规定的材料',
    'zh-TW': '未提供本辦法第九條第一款和第十條規定的材料',
    en: 'The materials required by Art. 9(1) and Art. 10 were not provided',
  },
  other_legal_ground: {
    article: '15(6)',
    'zh-CN': '法律、法规、规章规定不予受理的其他情形',
    'zh-TW': '法律、法規、規章規定不予受理的其他情形',
    en: 'Another ground for not accepting laid down by law, regulation or rule',
  },
};

/** Why mediation ended without an agreement (the regulation's grounds for 终止调解). */
export const MEDIATION_END_REASONS = [
  'withdrawn_or_settled_privately',
  'no_agreement_on_testing',
  'party_refused',
  'no_agreement',
  'deadline_passed',
  'not_acceptable_found_later',
  'other_legal_ground',
] as const;
export const MediationEndReasonSchema = z.enum(MEDIATION_END_REASONS);
export type MediationEndReason = z.infer<typeof MediationEndReasonSchema>;

export const MEDIATION_END_REASON_LABELS: Record<MediationEndReason, Labels> = {
  withdrawn_or_settled_privately: {
    'zh-CN': '投诉人撤回投诉或者双方自行和解',
    'zh-TW': '投訴人撤回投訴或者雙方自行和解',
    en: 'The complainant withdrew, or the parties settled between themselves',
  },
  no_agreement_on_testing: {
    'zh-CN': '双方对检定、检验、检测、鉴定机构或者费用承担无法协商一致',
    'zh-TW': '雙方對檢定、檢驗、檢測、鑑定機構或者費用承擔無法協商一致',
    en: 'The parties could not agree on a testing body or on who pays for testing',
  },
  party_refused: {
    'zh-CN': '一方无正当理由不参加调解，或者被投诉人明确拒绝调解',
    'zh-TW': '一方無正當理由不參加調解，或者被投訴人明確拒絕調解',
    en: 'A party stayed away without good reason, or the merchant refused mediation',
  },
  no_agreement: {
    'zh-CN': '经组织调解，一方明确表示无法达成调解协议',
    'zh-TW': '經組織調解，一方明確表示無法達成調解協議',
    en: 'After mediation, a party declared that no agreement is possible',
  },
  deadline_passed: {
    'zh-CN': '自投诉受理之日起四十五个工作日内未能达成调解协议',
    'zh-TW': '自投訴受理之日起四十五個工作日內未能達成調解協議',
    en: 'No agreement within 45 working days of acceptance',
  },
  not_acceptable_found_later: {
    'zh-CN': '受理后发现存在第十五条规定的不予受理情形',
    'zh-TW': '受理後發現存在第十五條規定的不予受理情形',
    en: 'After acceptance, a ground of Art. 15 for not accepting came to light',
  },
  other_legal_ground: {
    'zh-CN': '法律、法规、规章规定应当终止调解的其他情形',
    'zh-TW': '法律、法規、規章規定應當終止調解的其他情形',
    en: 'Another ground for ending mediation laid down by law, regulation or rule',
  },
};
