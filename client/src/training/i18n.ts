import { defineMessages } from '@client/i18n/define';

export default defineMessages({
  'zh-CN': {
    tab: '培训',
    title: '培训',
    home: { heading: '跨境电商培训', intro: '浏览课程并在线报名。' },
  },
  'zh-TW': {
    tab: '培訓',
    title: '培訓',
    home: { heading: '跨境電商培訓', intro: '瀏覽課程並線上報名。' },
  },
  en: {
    tab: 'Training',
    title: 'Training',
    home: { heading: 'Cross-border e-commerce training', intro: 'Browse the courses and register online.' },
  },
});
