import { defineMessages } from '@client/i18n/define';

export default defineMessages({
  'zh-CN': {
    tab: '纠纷',
    title: '纠纷调解',
    home: { heading: '投诉与调解', intro: '提交投诉，跟进处理进度，在线参加调解。' },
  },
  'zh-TW': {
    tab: '糾紛',
    title: '糾紛調解',
    home: { heading: '投訴與調解', intro: '提交投訴，追蹤處理進度，線上參加調解。' },
  },
  en: {
    tab: 'Disputes',
    title: 'Disputes',
    home: {
      heading: 'Complaints and mediation',
      intro: 'File a complaint, follow its progress and join a mediation session online.',
    },
  },
});
