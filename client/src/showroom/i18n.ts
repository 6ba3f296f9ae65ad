import { defineMessages } from '@client/i18n/define';

export default defineMessages({
  'zh-CN': {
    tab: '展厅',
    title: '展厅',
    home: { heading: '扫码查看商品来源', intro: '扫描商品条码，查看产地、物流与清关记录。' },
  },
  'zh-TW': {
    tab: '展廳',
    title: '展廳',
    home: { heading: '掃碼查看商品來源', intro: '掃描商品條碼，查看產地、物流與清關紀錄。' },
  },
  en: {
    tab: 'Showroom',
    title: 'Showroom',
    home: {
      heading: 'Scan to see where a product comes from',
      intro: 'Scan a barcode to see its origin, shipping and customs clearance records.',
    },
  },
});
