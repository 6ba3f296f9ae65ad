import type { RegistrationPromoted } from '@shared/training/events';
import type { MyRegistration } from '@shared/training/schemas';
import { currentLocale, i18n } from '@client/i18n';
import { localized } from './format';
import './training.css';

const seenKey = (userId: string) => `lugang.training.promotedSeen.${userId}`;

/** Promotions the user has not been shown yet (`promotedAt` newer than the last one seen on this device). */
export function unseenPromotions(userId: string, registrations: readonly MyRegistration[]): MyRegistration[] {
  let seen = '';
  try {
    seen = localStorage.getItem(seenKey(userId)) ?? '';
  } catch {
    // Storage blocked: show them; they are few.
  }
  return registrations.filter((r) => r.promotedAt && r.promotedAt > seen);
}

export function markPromotionsSeen(userId: string, registrations: readonly MyRegistration[]): void {
  const latest = registrations.reduce((max, r) => (r.promotedAt && r.promotedAt > max ? r.promotedAt : max), '');
  if (!latest) return;
  try {
    const seen = localStorage.getItem(seenKey(userId)) ?? '';
    if (latest > seen) localStorage.setItem(seenKey(userId), latest);
  } catch {
    // Shown again next time: harmless.
  }
}

let toastRegion: HTMLElement | undefined;

/**
 * A toast the moment a seat is given to a waitlisted user. A polite live region of our own rather
 * than ion-toast: Ionic's toast would put its code on the first page of the app.
 */
export function toastPromotion(promotion: RegistrationPromoted, title: string | undefined): void {
  const t = i18n.global.t;
  if (!toastRegion?.isConnected) {
    toastRegion = document.createElement('div');
    toastRegion.className = 'training-toasts';
    toastRegion.setAttribute('role', 'status');
    toastRegion.setAttribute('aria-live', 'polite');
    document.body.append(toastRegion);
  }
  const toast = document.createElement('div');
  toast.className = 'training-toast';
  toast.dataset.testid = 'promotion-toast';
  const text = document.createElement('p');
  text.textContent = t('training.mine.promoted', { title: title ?? promotion.course, seat: promotion.seat ?? '' });
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('training.mine.dismiss');
  const remove = () => toast.remove();
  close.addEventListener('click', remove);
  toast.append(text, close);
  toastRegion.append(toast);
  setTimeout(remove, 10_000);
}

export function titleOf(text: MyRegistration['courseInfo']['title'] | undefined): string | undefined {
  return text ? localized(text, currentLocale()) : undefined;
}
