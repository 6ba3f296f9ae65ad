import { i18n } from '@client/i18n';
import { defineMessages } from '@client/i18n/define';
import { LOCALES } from '@client/i18n/locales';

/**
 * The outbox's own texts, under `outbox.…`. They are added to vue-i18n when the outbox's UI loads
 * (the app's i18n picks up only top-level feature folders, and this code is loaded lazily).
 */
export const outboxMessages = defineMessages({
  'zh-CN': {
    heading: '等待发送',
    unnamed: '离线保存的操作',
    state: {
      pending: '等待发送',
      sending: '正在发送…',
      failed: '尚未发送，稍后自动重试',
      signIn: '请登录后发送',
    },
    reason: { network: '没有网络连接' },
    retry: '立即重试',
    discard: '移除',
    discardLabel: '移除“{label}”',
    confirm: {
      header: '移除这项操作？',
      message: '移除后不会再发送。如果之前已经送达，服务器上的记录不受影响。',
      cancel: '保留',
      remove: '移除',
    },
  },
  'zh-TW': {
    heading: '等待傳送',
    unnamed: '離線儲存的操作',
    state: {
      pending: '等待傳送',
      sending: '正在傳送…',
      failed: '尚未傳送，稍後自動重試',
      signIn: '請登入後傳送',
    },
    reason: { network: '沒有網路連線' },
    retry: '立即重試',
    discard: '移除',
    discardLabel: '移除「{label}」',
    confirm: {
      header: '移除這項操作？',
      message: '移除後不會再傳送。如果之前已經送達，伺服器上的紀錄不受影響。',
      cancel: '保留',
      remove: '移除',
    },
  },
  en: {
    heading: 'Waiting to be sent',
    unnamed: 'Saved while offline',
    state: {
      pending: 'Waiting to send',
      sending: 'Sending…',
      failed: 'Not sent yet — will try again',
      signIn: 'Sign in to send',
    },
    reason: { network: 'No connection' },
    retry: 'Try now',
    discard: 'Remove',
    discardLabel: 'Remove “{label}”',
    confirm: {
      header: 'Remove this request?',
      message: 'It will not be sent. If it already reached the server, that record stays.',
      cancel: 'Keep',
      remove: 'Remove',
    },
  },
});

let registered = false;

export function registerOutboxMessages(): void {
  if (registered) return;
  registered = true;
  for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { outbox: outboxMessages[locale] });
}
