import { StatisticsEvents } from '@shared/statistics/events.js';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import { useAuthStore } from '@client/accounts/store';
import { i18n } from '@client/i18n';
import { onEvent } from '@client/shell/realtime';
import { loadStatisticsMessages } from './load-messages';
import { alertLink, alertToast } from './risk';
import { toastController } from './toast';

/** Long enough to read and reach the buttons; the alert also stays listed on the dashboard. */
const TOAST_MS = 20_000;
let stop: (() => void) | null = null;
let current: HTMLIonToastElement | null = null;
/** One toast at a time: alerts raised together (product and batch) replace each other in order. */
let queue: Promise<void> = Promise.resolve();

async function show(alert: RiskAlert): Promise<void> {
  // The user may have signed out, or changed to an account without the role, since this started.
  if (!useAuthStore().hasRole('officer', 'admin')) return;
  await loadStatisticsMessages();
  const t = i18n.global.t;
  await current?.dismiss();
  const toast = await toastController.create({
    message: alertToast(alert, t),
    duration: TOAST_MS,
    position: 'top',
    color: 'danger',
    cssClass: 'statistics-risk-toast',
    buttons: [
      {
        text: t('statistics.risk.view'),
        handler: () => {
          void import('@client/router').then(({ router }) => router.push(alertLink(alert)));
        },
      },
      { text: t('statistics.risk.close'), role: 'cancel' },
    ],
  });
  current = toast;
  await toast.present();
}

/** Announces each `risk:alert` (polite live region of the toast) with a way to the product. */
export function startRiskToasts(): void {
  stop ??= onEvent<RiskAlert>(StatisticsEvents.riskAlert, (alert) => {
    queue = queue.then(() => show(alert)).catch(() => undefined);
  });
}
