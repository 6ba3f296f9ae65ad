import { z } from 'zod';

/** Text in the app's three languages, for labels the client shows as they are. */
export type Labels = { 'zh-CN': string; 'zh-TW': string; en: string };

export const CATEGORIES = [
  'quality',
  'counterfeit',
  'not_as_described',
  'delivery',
  'refund_return',
  'false_advertising',
  'other',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

export const CATEGORY_LABELS: Record<Category, Labels> = {
  quality: { 'zh-CN': '商品质量问题', 'zh-TW': '商品品質問題', en: 'Product quality' },
  counterfeit: { 'zh-CN': '假冒伪劣', 'zh-TW': '假冒偽劣', en: 'Counterfeit or fake goods' },
  not_as_described: { 'zh-CN': '货不对板', 'zh-TW': '貨不對版', en: 'Not as described' },
  delivery: { 'zh-CN': '物流配送', 'zh-TW': '物流配送', en: 'Delivery' },
  refund_return: { 'zh-CN': '退换货与退款', 'zh-TW': '退換貨與退款', en: 'Returns and refunds' },
  false_advertising: { 'zh-CN': '虚假宣传', 'zh-TW': '虛假宣傳', en: 'False advertising' },
  other: { 'zh-CN': '其他', 'zh-TW': '其他', en: 'Other' },
};

/**
 * Where a case stands. `filed` → `accepted` or `not_accepted`; `accepted` → `settled` or
 * `not_settled`; any of those (or a withdrawal) → `closed`.
 */
export const CASE_STATUSES = ['filed', 'accepted', 'not_accepted', 'settled', 'not_settled', 'closed'] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;
/** Statuses in which the case still waits for someone to act. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['filed', 'accepted', 'not_accepted', 'settled', 'not_settled'];

export const STATUS_LABELS: Record<CaseStatus, Labels> = {
  filed: { 'zh-CN': '待受理', 'zh-TW': '待受理', en: 'Awaiting decision' },
  accepted: { 'zh-CN': '调解中', 'zh-TW': '調解中', en: 'In mediation' },
  not_accepted: { 'zh-CN': '不予受理', 'zh-TW': '不予受理', en: 'Not accepted' },
  settled: { 'zh-CN': '已达成调解协议', 'zh-TW': '已達成調解協議', en: 'Settled' },
  not_settled: { 'zh-CN': '终止调解', 'zh-TW': '終止調解', en: 'Mediation ended without agreement' },
  closed: { 'zh-CN': '已办结', 'zh-TW': '已辦結', en: 'Closed' },
};

export const CLOSE_OUTCOMES = ['settled', 'not_settled', 'not_accepted', 'withdrawn'] as const;
export const CloseOutcomeSchema = z.enum(CLOSE_OUTCOMES);
export type CloseOutcome = z.infer<typeof CloseOutcomeSchema>;
export const OUTCOME_LABELS: Record<CloseOutcome, Labels> = {
  settled: { 'zh-CN': '调解成功', 'zh-TW': '調解成功', en: 'Settled' },
  not_settled: { 'zh-CN': '调解不成', 'zh-TW': '調解不成', en: 'Not settled' },
  not_accepted: { 'zh-CN': '不予受理', 'zh-TW': '不予受理', en: 'Not accepted' },
  withdrawn: { 'zh-CN': '投诉人撤回投诉', 'zh-TW': '投訴人撤回投訴', en: 'Withdrawn by the complainant' },
};

export const MERCHANT_CHANNELS = ['phone', 'in_person', 'written', 'platform'] as const;
export const MerchantChannelSchema = z.enum(MERCHANT_CHANNELS);
export const CHANNEL_LABELS: Record<z.infer<typeof MerchantChannelSchema>, Labels> = {
  phone: { 'zh-CN': '电话', 'zh-TW': '電話', en: 'By phone' },
  in_person: { 'zh-CN': '当面', 'zh-TW': '當面', en: 'In person' },
  written: { 'zh-CN': '书面', 'zh-TW': '書面', en: 'In writing' },
  platform: { 'zh-CN': '平台留言', 'zh-TW': '平台留言', en: 'Through the platform' },
};

export const PROPOSERS = ['consumer', 'merchant', 'mediator'] as const;
export const ProposerSchema = z.enum(PROPOSERS);
export const PROPOSER_LABELS: Record<z.infer<typeof ProposerSchema>, Labels> = {
  consumer: { 'zh-CN': '投诉人', 'zh-TW': '投訴人', en: 'The complainant' },
  merchant: { 'zh-CN': '被投诉商家', 'zh-TW': '被投訴商家', en: 'The merchant' },
  mediator: { 'zh-CN': '调解员', 'zh-TW': '調解員', en: 'The mediator' },
};

/** Who did something in a case. `system` is the server itself (e.g. the demo seed). */
export const ACTOR_ROLES = ['consumer', 'mediator', 'admin', 'system'] as const;
export const ActorRoleSchema = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof ActorRoleSchema>;
export const ActorSchema = z
  .object({ id: z.string(), role: ActorRoleSchema, name: z.string() })
  .meta({ id: 'DisputeActor' });
export type Actor = z.infer<typeof ActorSchema>;
