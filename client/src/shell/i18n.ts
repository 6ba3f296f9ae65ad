import { defineMessages } from '@client/i18n/define';

export default defineMessages({
  'zh-CN': {
    appName: '陆港',
    tabBar: '主要栏目',
    offline: '离线模式 — 你的操作会保存在本机，联网后自动发送',
    language: { label: '语言' },
    errors: {
      network: '网络连接失败，请检查网络后重试。',
      unexpected: '出了点问题，请稍后再试。',
    },
    notFound: {
      title: '页面不存在',
      body: '这个链接可能已经失效。',
      back: '回到展厅',
    },
  },
  'zh-TW': {
    appName: '陸港',
    tabBar: '主要欄目',
    offline: '離線模式 — 你的操作會儲存在本機，連網後自動傳送',
    language: { label: '語言' },
    errors: {
      network: '網路連線失敗，請檢查網路後再試。',
      unexpected: '發生問題，請稍後再試。',
    },
    notFound: {
      title: '頁面不存在',
      body: '這個連結可能已經失效。',
      back: '回到展廳',
    },
  },
  en: {
    appName: 'Lugang',
    tabBar: 'Main sections',
    offline: 'Offline — your actions are saved on this device and sent once you are back online',
    language: { label: 'Language' },
    errors: {
      network: 'No connection. Check your network and try again.',
      unexpected: 'Something went wrong. Please try again later.',
    },
    notFound: {
      title: 'Page not found',
      body: 'This link may no longer work.',
      back: 'Back to the showroom',
    },
  },
});
