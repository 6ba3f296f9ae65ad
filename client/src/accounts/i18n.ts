import { defineMessages } from '@client/i18n/define';

/**
 * Only what the shell needs before an accounts page loads: the tab and the page titles. Everything
 * else is in `messages.ts`, which loads with the accounts pages (see `load-messages.ts`).
 */
export default defineMessages({
  'zh-CN': {
    tab: '我的',
    title: '我的',
    titles: {
      signIn: '登录',
      signUp: '注册',
      privacy: '隐私政策',
      profile: '个人资料',
      password: '修改密码',
      notForRole: '无权访问',
      admin: '用户管理',
    },
  },
  'zh-TW': {
    tab: '我的',
    title: '我的',
    titles: {
      signIn: '登入',
      signUp: '註冊',
      privacy: '隱私權政策',
      profile: '個人資料',
      password: '變更密碼',
      notForRole: '無權存取',
      admin: '使用者管理',
    },
  },
  en: {
    tab: 'Me',
    title: 'Me',
    titles: {
      signIn: 'Sign in',
      signUp: 'Sign up',
      privacy: 'Privacy notice',
      profile: 'Profile',
      password: 'Change password',
      notForRole: 'Not available',
      admin: 'Users',
    },
  },
});
