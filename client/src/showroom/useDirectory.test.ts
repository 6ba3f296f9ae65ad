import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { catalogueDb } from './catalogue-db';
import { applySync, catalogue } from './catalogue.test-support';
import { useDirectory } from './useDirectory';

describe('the park guide’s directory', () => {
  it('shows the device’s catalogue and follows the syncs after it', async () => {
    const scope = effectScope();
    const directory = scope.run(useDirectory)!;
    await vi.waitFor(() => expect(directory.loaded.value).toBe(true));
    expect(directory.merchants.value).toEqual([]);

    const second = { ...catalogue.merchants[0]!, id: 'm-second', booth: 'A-001' };
    await applySync(await catalogueDb(), { ...catalogue, merchants: [...catalogue.merchants, second] }, new Date());

    await vi.waitFor(() => expect(directory.merchants.value.map((m) => m.id)).toEqual(['m-second', 'm-tasman']));
    expect(directory.productsByMerchant.value.get('m-tasman')).toEqual(catalogue.products);
    scope.stop();
  });
});
