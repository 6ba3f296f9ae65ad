import { defineMessages } from '@client/i18n/define';

export default defineMessages({
  'zh-CN': {
    tab: '我的',
    title: '我的',
    home: { heading: '我的账户', intro: '管理你的资料和应用设置。' },
  },
  'zh-TW': {
    tab: '我的',
    title: '我的',
    home: { heading: '我的帳戶', intro: '管理你的資料和應用程式設定。' },
  },
  en: {
    tab: 'Me',
    title: 'Me',
    home: { heading: 'My account', intro: 'Manage your details and the app settings.' },
  },
});
