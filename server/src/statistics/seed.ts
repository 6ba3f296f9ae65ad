import { FilingBodySchema, type FilingInput } from '@shared/disputes/filing.js';
import type { Actor } from '@shared/disputes/vocabulary.js';
import { shanghaiDay } from '@shared/disputes/working-days.js';
import { User } from '../accounts/user.model.js';
import { publishEvent } from '../disputes/broadcast.js';
import { appendEvent, type EventDraft } from '../disputes/case-log.js';
import { fileComplaint } from '../disputes/filing.js';
import { Case, findCase } from '../disputes/models.js';
import type { AppContext } from '../feature.js';
import type { Principal } from '../http/policy.js';
import { recordClaim } from '../mediation/claims.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const complainant = { name: '李晓华', phone: '13800000002', address: '山西省大同市平城区御河西路 8 号' };

type Step = {
  afterHours: number;
  draft: (mediator: Actor, day: (afterDays: number) => string) => EventDraft | 'claim';
};
type History = { key: string; filedDaysAgo: number; body: FilingInput; steps: Step[] };

/**
 * Two closed complaints against one park merchant, filed 60 and 45 days before the seeding day: older
 * than the 30-day windows of the default dashboard and of risk alerts, inside the credit window, so
 * the demo's credit list has a merchant on the red list (100 − 2 × 10 not settled − 25 counterfeit −
 * 3 slow answer = 52).
 */
const histories: History[] = [
  {
    key: 'demo-statistics-counterfeit-chocolate',
    filedDaysAgo: 60,
    body: {
      complainant,
      respondent: { merchantId: 'm-silkroad' },
      category: 'counterfeit',
      order: { number: 'LG-POS-DEMO-0601', purchaseDate: '2026-01-01', amount: 59.8 },
      product: { gtin: '4608141147132', lot: 'D014585' },
      facts: '巧克力包装上的俄文标签印刷模糊，口感与以往购买的明显不同，怀疑是仿冒品。',
      request: '退货退款，并请商家提供进口报关单据。',
      evidence: [],
    },
    steps: [
      { afterHours: 2, draft: () => 'claim' },
      { afterHours: 4, draft: (mediator) => ({ type: 'accepted', actor: mediator, data: {} }) },
      {
        // Two weeks after acceptance: slower than the 3 working days allowed, whatever the holidays.
        afterHours: 14 * 24,
        draft: (mediator, day) => ({
          type: 'merchant_response',
          actor: mediator,
          data: { channel: 'written', summary: '商家书面答复：坚持商品为正品，拒绝退货。', respondedOn: day(14) },
        }),
      },
      {
        afterHours: 15 * 24,
        draft: (mediator) => ({
          type: 'not_settled',
          actor: mediator,
          data: { reason: 'no_agreement', explanation: '商家拒绝退货，双方未能达成一致。' },
        }),
      },
      {
        afterHours: 15 * 24 + 1,
        draft: (mediator) => ({
          type: 'closed',
          actor: mediator,
          data: {
            outcome: 'not_settled',
            amountFen: 0,
            summary: '经比对进口批次信息，认定为假冒商品，已移交市场监管执法。',
            counterfeitFound: true,
          },
        }),
      },
    ],
  },
  {
    key: 'demo-statistics-blunt-knife',
    filedDaysAgo: 45,
    body: {
      complainant,
      respondent: { merchantId: 'm-silkroad' },
      category: 'not_as_described',
      order: { number: 'LG-POS-DEMO-0602', purchaseDate: '2026-01-01', amount: 189 },
      product: { gtin: '4010698909222', lot: 'L013920' },
      facts: '厨师刀宣传为德国原装，收到后刀身无钢号标识，刃口有明显卷刃。',
      request: '退货退款。',
      evidence: [],
    },
    steps: [
      { afterHours: 1, draft: () => 'claim' },
      { afterHours: 3, draft: (mediator) => ({ type: 'accepted', actor: mediator, data: {} }) },
      {
        afterHours: 24,
        draft: (mediator, day) => ({
          type: 'merchant_response',
          actor: mediator,
          data: { channel: 'phone', summary: '商家电话答复：同意换货，不同意退款。', respondedOn: day(1) },
        }),
      },
      {
        afterHours: 5 * 24,
        draft: (mediator) => ({
          type: 'not_settled',
          actor: mediator,
          data: { reason: 'no_agreement', explanation: '消费者坚持退款，商家只同意换货。' },
        }),
      },
      {
        afterHours: 5 * 24 + 1,
        draft: (mediator) => ({ type: 'closed', actor: mediator, data: { outcome: 'not_settled', amountFen: 0 } }),
      },
    ],
  },
];

/** Demo only: historical complaints of consumer 13800000002 for the statistics; skips those already there. */
export async function seedStatisticsDemo(ctx: AppContext): Promise<void> {
  const [consumer, mediatorUser] = await Promise.all([
    User.findOne({ phone: '13800000002' }).lean(),
    User.findOne({ email: 'mediator2@lugang.example' }).lean(),
  ]);
  if (!consumer || !mediatorUser) return;
  const principal: Principal = { userId: String(consumer._id), roles: ['consumer'], sessionId: 'demo-seed' };
  const mediator: Actor = { id: String(mediatorUser._id), role: 'mediator', name: mediatorUser.name };
  for (const history of histories) {
    if (await Case.exists({ userId: consumer._id, idempotencyKey: history.key })) continue;
    try {
      await seedHistory(ctx, principal, mediator, history);
    } catch (err) {
      ctx.logger.warn({ err, demo: history.key }, 'demo statistics case not seeded');
    }
  }
}

async function seedHistory(ctx: AppContext, principal: Principal, mediator: Actor, history: History): Promise<void> {
  const filedAt = new Date(ctx.now().getTime() - history.filedDaysAgo * DAY);
  const order = { ...history.body.order, purchaseDate: shanghaiDay(new Date(filedAt.getTime() - 2 * DAY)) };
  const body = FilingBodySchema.parse({ ...history.body, order });
  const { result } = await fileComplaint({ ...ctx, now: () => filedAt }, principal, body, history.key);
  const caseDoc = await findCase(result.id);
  if (!caseDoc) return;
  const day = (afterDays: number) => shanghaiDay(new Date(filedAt.getTime() + afterDays * DAY));
  for (const step of history.steps) {
    const stepCtx = { ...ctx, now: () => new Date(filedAt.getTime() + step.afterHours * HOUR) };
    const draft = step.draft(mediator, day);
    if (draft === 'claim') await recordClaim(stepCtx, caseDoc, mediator);
    else await appendEvent(stepCtx, caseDoc, draft, publishEvent);
  }
}
