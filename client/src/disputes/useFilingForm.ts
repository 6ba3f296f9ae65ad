import { computed, reactive, ref } from 'vue';
import type { z } from 'zod';
import { FilingBodySchema, type FilingBody, type FilingInput } from '@shared/disputes/filing.js';
import type { Category } from '@shared/disputes/vocabulary.js';
import type { PreparedPhoto } from './photos';

/** The form as typed: strings everywhere, turned into the shared schema's input on submit. */
export type FilingDraft = {
  name: string;
  phone: string;
  address: string;
  respondentMode: 'merchant' | 'other';
  merchantId: string;
  respondentName: string;
  respondentAddress: string;
  orderNumber: string;
  purchaseDate: string;
  amount: string;
  category: Category | '';
  gtin: string;
  lot: string;
  facts: string;
  request: string;
};

/** Form field of each schema path: errors show next to the field that caused them. */
const FIELD_OF: Record<string, keyof FilingDraft | 'photos'> = {
  'complainant.name': 'name',
  'complainant.phone': 'phone',
  'complainant.address': 'address',
  'respondent.merchantId': 'merchantId',
  'respondent.name': 'respondentName',
  'respondent.address': 'respondentAddress',
  'order.number': 'orderNumber',
  'order.purchaseDate': 'purchaseDate',
  'order.amount': 'amount',
  category: 'category',
  'product.gtin': 'gtin',
  'product.lot': 'lot',
  facts: 'facts',
  request: 'request',
  evidence: 'photos',
};

export type FieldName = keyof FilingDraft | 'photos';

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

export function toInput(d: FilingDraft, photos: readonly PreparedPhoto[]): FilingInput {
  const product = { gtin: optional(d.gtin), lot: optional(d.lot) };
  return {
    complainant: { name: d.name, phone: d.phone, address: d.address },
    respondent:
      d.respondentMode === 'merchant'
        ? { merchantId: d.merchantId }
        : { name: d.respondentName, address: d.respondentAddress },
    order: {
      ...(optional(d.orderNumber) ? { number: d.orderNumber.trim() } : {}),
      purchaseDate: d.purchaseDate,
      // An empty field is not 0 yuan: NaN fails the schema's number check.
      amount: d.amount.trim() === '' ? Number.NaN : Number(d.amount.replace(',', '.')),
    },
    category: d.category as Category,
    ...(product.gtin || product.lot
      ? { product: Object.fromEntries(Object.entries(product).filter(([, v]) => v)) as FilingInput['product'] }
      : {}),
    facts: d.facts,
    request: d.request,
    evidence: photos.map(({ photoId, sha256, contentType, bytes }) => ({ photoId, sha256, contentType, bytes })),
  };
}

/** The fields the schema refused, first problem per field. */
export function fieldErrors(error: z.ZodError, d: FilingDraft): Partial<Record<FieldName, true>> {
  const errors: Partial<Record<FieldName, true>> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (path.join('.') === 'respondent') {
      // A union that matched neither shape: blame the fields of the mode in use.
      if (d.respondentMode === 'merchant') errors.merchantId = true;
      else {
        if (d.respondentName.trim().length < 2) errors.respondentName = true;
        if (d.respondentAddress.trim().length < 5) errors.respondentAddress = true;
      }
      continue;
    }
    const key = FIELD_OF[path.join('.')] ?? FIELD_OF[path.slice(0, 2).join('.')] ?? FIELD_OF[path[0] ?? ''];
    if (key) errors[key] = true;
  }
  return errors;
}

export function useFilingForm(initial: Partial<FilingDraft>) {
  const draft = reactive<FilingDraft>({
    name: '',
    phone: '',
    address: '',
    respondentMode: 'merchant',
    merchantId: '',
    respondentName: '',
    respondentAddress: '',
    orderNumber: '',
    purchaseDate: '',
    amount: '',
    category: '',
    gtin: '',
    lot: '',
    facts: '',
    request: '',
    ...initial,
  });
  const errors = ref<Partial<Record<FieldName, true>>>({});
  const hasErrors = computed(() => Object.keys(errors.value).length > 0);

  /** The body to send, or null with `errors` set. */
  function validate(photos: readonly PreparedPhoto[]): FilingBody | null {
    const parsed = FilingBodySchema.safeParse(toInput(draft, photos));
    if (parsed.success) {
      errors.value = {};
      return parsed.data;
    }
    errors.value = fieldErrors(parsed.error, draft);
    return null;
  }

  return { draft, errors, hasErrors, validate };
}
