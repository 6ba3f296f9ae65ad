import { defineMessages } from '@client/i18n/define';

/**
 * Only what the shell needs before a statistics page loads: the page titles and the entry in the
 * staff tools. Everything else is in `messages.ts`, which loads with the pages (`load-messages.ts`).
 */
export default defineMessages({
  'zh-CN': {
    title: '统计与风险',
    tool: '统计、信用与风险',
    titles: { merchants: '商家信用', merchant: '商家信用详情' },
  },
  'zh-TW': {
    title: '統計與風險',
    tool: '統計、信用與風險',
    titles: { merchants: '商家信用', merchant: '商家信用詳情' },
  },
  en: {
    title: 'Statistics and risk',
    tool: 'Statistics, credit and risk',
    titles: { merchants: 'Merchant credit', merchant: 'Merchant credit details' },
  },
});
