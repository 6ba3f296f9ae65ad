import { IonicVue } from '@ionic/vue';
import { LOCALES } from '@client/i18n/locales';
import { mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '@client/i18n';
import DisputesPhotoPicker from './DisputesPhotoPicker.vue';
import { loadDisputesMessages } from './load-messages';
import { dataUrlToBlob, fitWithin, takeWithinLimit, type PreparedPhoto } from './photos';

const prepared = (n: number): PreparedPhoto => ({
  photoId: `00000000-0000-4000-8000-00000000000${n}`,
  blob: new Blob(['x'], { type: 'image/jpeg' }),
  dataUrl: 'data:image/jpeg;base64,eA==',
  sha256: 'a'.repeat(64),
  bytes: 1,
  contentType: 'image/jpeg',
  name: `p${n}.jpg`,
});

describe('evidence photos', () => {
  beforeAll(async () => {
    await loadDisputesMessages(LOCALES);
    setLocale('zh-CN');
  });

  it('takes at most six in all, and counts the ones left out', () => {
    expect(takeWithinLimit(0, [1, 2, 3])).toEqual({ taken: [1, 2, 3], dropped: 0 });
    expect(takeWithinLimit(4, [1, 2, 3])).toEqual({ taken: [1, 2], dropped: 1 });
    expect(takeWithinLimit(6, [1])).toEqual({ taken: [], dropped: 1 });
  });

  it('downscales to at most 1600 px on the long side, and never enlarges', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(1200, 4800)).toEqual({ width: 400, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('turns the data URL kept in the outbox back into the bytes to upload', async () => {
    const blob = dataUrlToBlob('data:image/jpeg;base64,/9j/');
    expect(blob.type).toBe('image/jpeg');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('shows each photo with its alt text and a labelled remove button, and no add button once six are there', async () => {
    const photos = [1, 2, 3, 4, 5, 6].map(prepared);
    const wrapper = mount(DisputesPhotoPicker, {
      props: { modelValue: photos, 'onUpdate:modelValue': (v: PreparedPhoto[]) => wrapper.setProps({ modelValue: v }) },
      global: { plugins: [IonicVue, i18n] },
    });

    expect(wrapper.findAll('img').map((img) => img.attributes('alt'))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `证据照片 ${n}`),
    );
    expect(wrapper.get('input[type="file"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[aria-label="删除证据照片 2"]').trigger('click');

    expect(wrapper.findAll('img')).toHaveLength(5);
    expect(wrapper.get('input[type="file"]').attributes('disabled')).toBeUndefined();
    expect(wrapper.get('[role="status"]').text()).toBe('已添加 5 张，最多 6 张。');
  });
});
