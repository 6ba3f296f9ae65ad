import { afterNextPaint } from './after-next-paint';
import { bootSlices } from './boot-slices';

/** Longest the server's boot screen may stay: after this the app shows, drawn or not. */
const AT_MOST_MS = 4000;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The app's first page is drawn: all its slices are in, its Ionic parts have rendered and Ionic has made the page visible. */
function drawn(root: HTMLElement): boolean {
  const parts = root.querySelectorAll('ion-header, ion-content, ion-tab-bar');
  return (
    bootSlices.waiting() === 0 &&
    parts.length > 0 &&
    [...parts].every((part) => part.classList.contains('hydrated')) &&
    !root.querySelector('.ion-page-invisible')
  );
}

/**
 * Takes away the boot screen the server sent with the page (see `boot-screen.ts`) once the app's
 * own first page has been drawn underneath it, so the screen never flashes empty in between.
 */
export async function removeBootScreenWhenDrawn(root: HTMLElement): Promise<void> {
  const boot = document.getElementById('boot-screen');
  if (!boot) return;
  const giveUpAt = performance.now() + AT_MOST_MS;
  while (!drawn(root) && performance.now() < giveUpAt) await nextFrame();
  afterNextPaint(() => boot.remove());
}
