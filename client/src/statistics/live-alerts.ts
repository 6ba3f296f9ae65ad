import { StatisticsEvents } from '@shared/statistics/events.js';
import type { RiskAlert } from '@shared/statistics/schemas.js';
import { useAuthStore } from '@client/accounts/store';
import { i18n } from '@client/i18n';
import { onEvent } from '@client/shell/realtime';
import { loadStatisticsMessages } from './load-messages';
import { alertLink, alertToast } from './risk';
import './live-alerts.css';

/**
 * The officers' live risk banner, on whatever page they are. Plain DOM on purpose: Ionic's toast would
 * pull ion-toast into the first page's JavaScript (it lives in `@ionic/vue`'s entry module). The polite
 * status region exists before any alert, so that screen readers announce what is put into it.
 */
const SHOWN_MS = 20_000;
let stop: (() => void) | null = null;
let region: HTMLElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function ensureRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'statistics-live';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

function clear(): void {
  clearTimeout(timer);
  region?.replaceChildren();
}

function hideLater(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    // Not while someone is on its buttons.
    if (region?.contains(document.activeElement)) hideLater();
    else clear();
  }, SHOWN_MS);
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  element.addEventListener('click', onClick);
  return element;
}

async function show(alert: RiskAlert): Promise<void> {
  // The user may have signed out, or changed to an account without the role, since this started.
  if (!useAuthStore().hasRole('officer', 'admin')) return;
  await loadStatisticsMessages();
  const t = i18n.global.t;
  const box = document.createElement('div');
  box.className = 'statistics-live__alert';
  const message = document.createElement('p');
  message.textContent = alertToast(alert, t);
  const actions = document.createElement('div');
  actions.className = 'statistics-live__actions';
  actions.append(
    button(t('statistics.risk.view'), () => {
      clear();
      void import('@client/router').then(({ router }) => router.push(alertLink(alert)));
    }),
    button(t('statistics.risk.close'), clear),
  );
  box.append(message, actions);
  // The newest alert replaces the one shown; every alert stays listed on the dashboard.
  ensureRegion().replaceChildren(box);
  hideLater();
}

/** Announces each `risk:alert` with a way to the product. */
export function startRiskToasts(): void {
  if (stop) return;
  ensureRegion();
  stop = onEvent<RiskAlert>(StatisticsEvents.riskAlert, (alert) => void show(alert));
}
