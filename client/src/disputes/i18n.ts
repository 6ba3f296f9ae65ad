import { defineMessages } from '@client/i18n/define';

/**
 * Only what the shell needs before a disputes page loads: the tab and the page titles. Everything
 * else is in `messages.ts`, which loads with the disputes pages (see `load-messages.ts`).
 */
export default defineMessages({
  'zh-CN': {
    tab: '纠纷',
    title: '我的投诉',
    titles: { new: '我要投诉', case: '投诉详情' },
  },
  'zh-TW': {
    tab: '糾紛',
    title: '我的投訴',
    titles: { new: '我要投訴', case: '投訴詳情' },
  },
  en: {
    tab: 'Disputes',
    title: 'My complaints',
    titles: { new: 'File a complaint', case: 'Complaint' },
  },
});
