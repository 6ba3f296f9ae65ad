import { shallowRef } from 'vue';
import type { Merchant } from '@shared/showroom/schemas';
import { apiFetch } from '@client/shell/api';

type MerchantChoice = Pick<Merchant, 'id' | 'name' | 'booth'>;
const KEY = 'lugang.disputes.merchants';

function cached(): MerchantChoice[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as MerchantChoice[];
  } catch {
    return [];
  }
}

const merchants = shallowRef<MerchantChoice[]>(cached());
let asked = false;

/** The park's merchants to complain about: the copy on the phone at once, refreshed once a visit. */
export function useMerchants() {
  if (!asked) {
    asked = true;
    void apiFetch<Merchant[]>('/api/merchants')
      .then((list) => {
        merchants.value = list.map(({ id, name, booth }) => ({ id, name, booth }));
        try {
          localStorage.setItem(KEY, JSON.stringify(merchants.value));
        } catch {
          // Kept for this visit only.
        }
      })
      .catch(async () => {
        asked = false; // offline: ask again next time
        if (merchants.value.length > 0) return;
        // Never listed online on this phone: the showroom's catalogue on the device has the merchants.
        const { catalogueDb } = await import('@client/showroom/catalogue-db');
        const onDevice = await (await catalogueDb()).getAll('merchants');
        merchants.value = onDevice
          .sort((a, b) => a.booth.localeCompare(b.booth))
          .map(({ id, name, booth }) => ({ id, name, booth }));
      })
      .catch(() => undefined); // no catalogue on the device either: "Other business" remains
  }
  return merchants;
}
