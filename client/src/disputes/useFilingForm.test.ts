import { describe, expect, it } from 'vitest';
import { useFilingForm } from './useFilingForm';

const complete = {
  name: '王小明',
  phone: '13800000001',
  address: '山西省大同市平城区魏都大道 100 号',
  merchantId: 'm-seoulbeauty',
  purchaseDate: '2026-11-20',
  amount: '268',
  category: 'counterfeit' as const,
  facts: '扫码查询的批次信息与包装上的批号不一致。',
  request: '退货退款。',
};

describe('the complaint form, checked with the shared schema', () => {
  it('gives the body the server expects, amounts in yuan', () => {
    const form = useFilingForm({ ...complete, gtin: '8803498143752', lot: 'B015870' });

    const body = form.validate([]);

    expect(body).toMatchObject({
      respondent: { merchantId: 'm-seoulbeauty' },
      order: { purchaseDate: '2026-11-20', amount: 268 },
      product: { gtin: '8803498143752', lot: 'B015870' },
      evidence: [],
    });
    expect(form.hasErrors.value).toBe(false);
  });

  it('marks each wrong field, and only those', () => {
    const form = useFilingForm({ ...complete, phone: '12345', amount: '', facts: '太短' });

    expect(form.validate([])).toBeNull();
    expect(Object.keys(form.errors.value).sort()).toEqual(['amount', 'facts', 'phone']);
  });

  it('a business outside the park needs its name and address', () => {
    const form = useFilingForm({ ...complete, respondentMode: 'other', respondentName: 'X', respondentAddress: '' });

    expect(form.validate([])).toBeNull();
    expect(Object.keys(form.errors.value).sort()).toEqual(['respondentAddress', 'respondentName']);
  });

  it('an amount with fen is fine, finer than fen is not', () => {
    expect(useFilingForm({ ...complete, amount: '12.30' }).validate([])).not.toBeNull();
    const form = useFilingForm({ ...complete, amount: '12.345' });
    expect(form.validate([])).toBeNull();
    expect(form.errors.value).toEqual({ amount: true });
  });
});
