import { defineMessages } from '@client/i18n/define';

// Mediation has no tab of its own: its pages open from a dispute.
export default defineMessages({
  'zh-CN': { title: '在线调解' },
  'zh-TW': { title: '線上調解' },
  en: { title: 'Live mediation' },
});
