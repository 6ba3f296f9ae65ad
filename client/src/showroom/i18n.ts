import { defineMessages } from '@client/i18n/define';

/**
 * Only what the shell needs before a showroom page loads: the tab and the page titles. Everything
 * else is in `messages.ts`, which loads with the showroom pages (see `load-messages.ts`).
 */
export default defineMessages({
  'zh-CN': {
    tab: '展厅',
    title: '展厅',
    titles: { scan: '扫码', product: '商品详情', guide: '展厅导览', officer: '海关工具' },
  },
  'zh-TW': {
    tab: '展廳',
    title: '展廳',
    titles: { scan: '掃碼', product: '商品詳情', guide: '展廳導覽', officer: '海關工具' },
  },
  en: {
    tab: 'Showroom',
    title: 'Showroom',
    titles: { scan: 'Scan', product: 'Product', guide: 'Park guide', officer: 'Customs tools' },
  },
});
