import { liveQuery } from 'dexie';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import type { Merchant, Product } from '@shared/showroom/schemas';
import { catalogueDb } from './catalogue-db';

/** The park guide's merchants and products, from the device's catalogue; follows every sync. */
export function useDirectory() {
  const merchants = shallowRef<Merchant[]>([]);
  const products = shallowRef<Product[]>([]);
  const loaded = ref(false);
  const db = catalogueDb();
  const subscription = liveQuery(async () => ({
    merchants: await db.merchants.toArray(),
    products: await db.products.toArray(),
  })).subscribe({
    next: (value) => {
      merchants.value = value.merchants.sort((a, b) => a.booth.localeCompare(b.booth));
      products.value = value.products;
      loaded.value = true;
    },
    error: () => (loaded.value = true),
  });
  onScopeDispose(() => subscription.unsubscribe());

  const productsByMerchant = computed(() => {
    const map = new Map<string, Product[]>();
    for (const product of products.value)
      map.set(product.merchantId, [...(map.get(product.merchantId) ?? []), product]);
    return map;
  });

  return { merchants, products, productsByMerchant, loaded };
}
