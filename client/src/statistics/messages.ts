import { defineMessages } from '@client/i18n/define';
import en from './messages/en';
import zhCN from './messages/zh-CN';
import zhTW from './messages/zh-TW';

/**
 * The statistics pages' texts, loaded with them and merged under `statistics.`.
 * One module per language in `messages/`, so that a page loads only its reader's (`load-messages.ts`); here
 * the type checker holds zh-TW and en to zh-CN's keys, for the tests and the build's boot screens.
 */
export const statisticsMessages = defineMessages({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
