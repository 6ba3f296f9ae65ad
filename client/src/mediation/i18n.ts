import { defineMessages } from '@client/i18n/define';

// Mediation has no tab of its own: its console opens from the Disputes tab. The rest of its texts
// load with its pages (`messages.ts`).
export default defineMessages({
  'zh-CN': { title: '调解工作台', titles: { case: '调解案件' } },
  'zh-TW': { title: '調解工作台', titles: { case: '調解案件' } },
  en: { title: 'Mediation console', titles: { case: 'Mediation case' } },
});
