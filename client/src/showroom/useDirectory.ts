import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import type { Merchant, Product } from '@shared/showroom/schemas';
import { watchCatalogue } from './catalogue-changes';
import { catalogueDb, inTransaction } from './catalogue-db';

async function readDirectory(): Promise<[Merchant[], Product[]]> {
  const db = await catalogueDb();
  return inTransaction(db.transaction(['merchants', 'products']), (tx) =>
    Promise.all([tx.objectStore('merchants').getAll(), tx.objectStore('products').getAll()]),
  );
}

/** The park guide's merchants and products, from the device's catalogue; follows every sync. */
export function useDirectory() {
  const merchants = shallowRef<Merchant[]>([]);
  const products = shallowRef<Product[]>([]);
  const loaded = ref(false);
  const stop = watchCatalogue(
    readDirectory,
    ([merchantList, productList]) => {
      merchants.value = merchantList.sort((a, b) => a.booth.localeCompare(b.booth));
      products.value = productList;
      loaded.value = true;
    },
    () => (loaded.value = true),
  );
  onScopeDispose(stop);

  const productsByMerchant = computed(() => {
    const map = new Map<string, Product[]>();
    for (const product of products.value)
      map.set(product.merchantId, [...(map.get(product.merchantId) ?? []), product]);
    return map;
  });

  return { merchants, products, productsByMerchant, loaded };
}
