import type { Role } from '@shared/accounts/roles.js';

/**
 * Who is signed in on this device, as far as the device knows: kept in localStorage so the shell
 * can tell offline. Only what the shell needs and nothing sensitive (no phone, e-mail or ID).
 */
export type CachedMe = { id: string; name: string; roles: Role[]; locale?: string };

export const ME_STORAGE_KEY = 'lugang.me';

type Listener = (me: CachedMe | null) => void;
const listeners = new Set<Listener>();

function parse(raw: string | null): CachedMe | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { id, name, roles, locale } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(roles)) return null;
    const me: CachedMe = { id, name, roles: roles.filter((r): r is Role => typeof r === 'string') };
    if (typeof locale === 'string') me.locale = locale;
    return me;
  } catch {
    return null;
  }
}

export function readCachedMe(): CachedMe | null {
  try {
    return parse(globalThis.localStorage?.getItem(ME_STORAGE_KEY) ?? null);
  } catch {
    // Storage blocked: the device simply does not remember who was signed in.
    return null;
  }
}

export function writeCachedMe(me: CachedMe | null): void {
  const previous = readCachedMe();
  try {
    if (me) {
      const { id, name, roles, locale } = me;
      localStorage.setItem(ME_STORAGE_KEY, JSON.stringify({ id, name, roles, locale }));
    } else {
      localStorage.removeItem(ME_STORAGE_KEY);
    }
  } catch {
    // Not remembered for the next visit; this tab still knows.
  }
  if (previous?.id !== me?.id || previous?.roles.join() !== me?.roles.join()) notify(me);
}

function notify(me: CachedMe | null): void {
  for (const listener of listeners) listener(me);
}

let listeningToOtherTabs = false;

/**
 * Called when the signed-in user changes: here (sign-in, sign-out) or in another tab of the app
 * (through the `storage` event). Returns an unsubscribe function.
 */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!listeningToOtherTabs && typeof window !== 'undefined') {
    listeningToOtherTabs = true;
    window.addEventListener('storage', (event) => {
      if (event.key === ME_STORAGE_KEY || event.key === null) notify(parse(event.newValue));
    });
  }
  return () => listeners.delete(listener);
}
