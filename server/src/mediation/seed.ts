import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { FilingInput } from '@shared/disputes/filing.js';
import { FilingBodySchema } from '@shared/disputes/filing.js';
import type { Actor } from '@shared/disputes/vocabulary.js';
import { shanghaiDay } from '@shared/disputes/working-days.js';
import { User } from '../accounts/user.model.js';
import { publishEvent } from '../disputes/broadcast.js';
import { appendEvent, type EventDraft } from '../disputes/case-log.js';
import { receivePhoto } from '../disputes/evidence.js';
import { fileComplaint } from '../disputes/filing.js';
import { Case, findCase } from '../disputes/models.js';
import type { AppContext } from '../feature.js';
import type { Principal } from '../http/policy.js';
import { recordClaim } from './claims.js';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
type People = { consumer: Actor; mediator: Actor };
type Demo = {
  key: string;
  filedDaysAgo: number;
  body: FilingInput;
  photo?: boolean;
  history: (p: People, nextDay: string) => (EventDraft | 'claim')[];
};

const complainant = { name: '王小明', phone: '13800000001', address: '山西省大同市平城区魏都大道 100 号' };

const demos: Demo[] = [
  {
    key: 'demo-case-counterfeit-cream',
    filedDaysAgo: 1,
    photo: true,
    body: {
      complainant,
      respondent: { merchantId: 'm-seoulbeauty' },
      category: 'counterfeit',
      order: { number: 'LG-POS-20261120-0457', purchaseDate: '2026-11-20', amount: 268 },
      product: { gtin: '8803498143752', lot: 'B015870' },
      facts: '在陆港展示中心购买的面霜，扫码查询的批次信息与包装上的批号不一致，使用后皮肤发红，怀疑是假冒商品。',
      request: '退货退款，并请商家说明商品来源。',
      evidence: [],
    },
    history: () => [],
  },
  {
    key: 'demo-case-dented-formula',
    filedDaysAgo: 6,
    body: {
      complainant,
      respondent: { merchantId: 'm-tasman' },
      category: 'quality',
      order: { number: 'LG-POS-20261115-0112', purchaseDate: '2026-11-15', amount: 329 },
      product: { gtin: '9304967152415', lot: 'A010552' },
      facts: '购买的两罐婴儿奶粉中有一罐罐体凹陷、封口漏气，商家以“已拆封”为由拒绝退换。',
      request: '更换一罐完好的奶粉，或退还该罐货款 164.50 元。',
      evidence: [],
    },
    history: ({ consumer, mediator }, nextDay) => [
      'claim',
      { type: 'accepted', actor: mediator, data: { note: '您的投诉已受理，调解员将联系商家。' } },
      { type: 'message', actor: mediator, data: { text: '您好，请问奶粉罐凹陷是在购买时就有，还是带回家后发现的？' } },
      { type: 'message', actor: consumer, data: { text: '回家打开外袋时就发现了，购物小票和照片都保留着。' } },
      { type: 'internal_note', actor: mediator, data: { text: '商家电话称库存同批次无此问题，需要看照片。' } },
      {
        type: 'merchant_response',
        actor: mediator,
        data: { channel: 'phone', summary: '商家同意查看实物后决定是否更换。', respondedOn: nextDay },
      },
    ],
  },
  {
    key: 'demo-case-wine-vintage',
    filedDaysAgo: 20,
    body: {
      complainant,
      respondent: { merchantId: 'm-eurowine' },
      category: 'not_as_described',
      order: { number: 'LG-POS-20261101-0031', purchaseDate: '2026-11-01', amount: 480 },
      facts: '展示柜标注为 2018 年份的葡萄酒，到手后酒标年份为 2021 年，与宣传不符。',
      request: '按标注年份差价退款。',
      evidence: [],
    },
    history: ({ consumer, mediator }, nextDay) => [
      'claim',
      { type: 'accepted', actor: mediator, data: { note: '已受理，将组织双方调解。' } },
      {
        type: 'merchant_response',
        actor: mediator,
        data: { channel: 'in_person', summary: '商家承认价签错误。', respondedOn: nextDay },
      },
      {
        type: 'settlement_proposed',
        actor: mediator,
        data: { proposedBy: 'merchant', terms: '退还差价并赠送开瓶器一个。', amountFen: 12050 },
      },
      { type: 'message', actor: consumer, data: { text: '我同意这个方案。' } },
      { type: 'settled', actor: mediator, data: { terms: '商家退还差价 120.50 元。', amountFen: 12050 } },
      {
        type: 'closed',
        actor: mediator,
        data: { outcome: 'settled', amountFen: 12050, summary: '双方达成调解协议，商家已当场退款。' },
      },
    ],
  },
];

/** A plain generated picture: enough for the console's photo viewer. */
async function demoPhoto() {
  const bytes = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#d9c7b8' } })
    .jpeg()
    .toBuffer();
  const declaration = {
    photoId: randomUUID(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentType: 'image/jpeg' as const,
    bytes: bytes.length,
  };
  return { bytes, declaration };
}

/** Demo only: three cases of consumer 13800000001, waiting, in mediation and closed. Skips those already there. */
export async function seedDemoCases(ctx: AppContext): Promise<void> {
  const [consumer, mediator] = await Promise.all([
    User.findOne({ phone: '13800000001' }).lean(),
    User.findOne({ email: 'mediator@lugang.example' }).lean(),
  ]);
  if (!consumer || !mediator) return;
  const principal: Principal = { userId: String(consumer._id), roles: ['consumer'], sessionId: 'demo-seed' };
  const people: People = {
    consumer: { id: principal.userId, role: 'consumer', name: consumer.name },
    mediator: { id: String(mediator._id), role: 'mediator', name: mediator.name },
  };
  for (const demo of demos) {
    if (await Case.exists({ userId: consumer._id, idempotencyKey: demo.key })) continue;
    try {
      await seedDemo(ctx, principal, people, demo);
    } catch (err) {
      ctx.logger.warn({ err, demo: demo.key }, 'demo case not seeded');
    }
  }
}

async function seedDemo(ctx: AppContext, principal: Principal, people: People, demo: Demo): Promise<void> {
  const filedAt = new Date(ctx.now().getTime() - demo.filedDaysAgo * DAY);
  // Dates relative to the seeding day, so that a demo seeded any day reads naturally.
  const order = { ...demo.body.order, purchaseDate: shanghaiDay(new Date(filedAt.getTime() - 3 * DAY)) };
  const photo = demo.photo ? await demoPhoto() : undefined;
  const body = FilingBodySchema.parse({ ...demo.body, order, evidence: photo ? [photo.declaration] : [] });
  const { result } = await fileComplaint({ ...ctx, now: () => filedAt }, principal, body, demo.key);
  if (photo)
    await receivePhoto(
      { ...ctx, now: () => new Date(filedAt.getTime() + HOUR) },
      principal,
      result.id,
      photo.declaration.photoId,
      photo.bytes,
    );
  const caseDoc = await findCase(result.id);
  if (!caseDoc) return;
  const steps = demo.history(people, shanghaiDay(new Date(filedAt.getTime() + DAY)));
  for (const [i, step] of steps.entries()) {
    const stepCtx = { ...ctx, now: () => new Date(filedAt.getTime() + (i + 1) * 5 * HOUR) };
    if (step === 'claim') await recordClaim(stepCtx, caseDoc, people.mediator);
    else await appendEvent(stepCtx, caseDoc, step, publishEvent);
  }
}
