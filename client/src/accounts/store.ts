import { defineStore } from 'pinia';
import { computed, readonly, ref } from 'vue';
import type { Role } from '@shared/accounts/roles.js';
// Types only: zod stays out of the first page's bundle. Forms import the schemas themselves.
import type { LoginBody, Me, Session, SignupBody } from '@shared/accounts/schemas.js';
import { currentLocale } from '@client/i18n';
import { switchLocale } from '@client/i18n/feature-messages';
import { isLocale } from '@client/i18n/locales';
import { ApiError, apiFetch } from '@client/shell/api';
import { onSessionChange, readCachedMe, writeCachedMe, type CachedMe } from './session';

/** The signed-in user: always id, name and roles (also offline); the rest once the server answered. */
export type AuthUser = CachedMe & Partial<Omit<Me, keyof CachedMe>>;

export type ProfileUpdate = { name?: string; employer?: string; idNumber?: string; locale?: 'zh-CN' | 'zh-TW' | 'en' };

export const useAuthStore = defineStore('auth', () => {
  const me = ref<AuthUser | null>(readCachedMe());
  /** The server has answered `GET /api/me` during this visit. */
  const confirmed = ref(false);
  /** Set while this tab ends its own session, so the socket's `session:ended` is not taken for a remote sign-out. */
  let leaving = false;
  let loading: Promise<AuthUser | null> | null = null;

  const isSignedIn = computed(() => me.value !== null);

  function hasRole(...roles: Role[]): boolean {
    return !!me.value && me.value.roles.some((role) => roles.includes(role));
  }

  function setMe(value: AuthUser | null): void {
    me.value = value;
    writeCachedMe(value);
  }

  // Another tab signed in or out: follow it.
  onSessionChange((cached) => {
    if (cached?.id !== me.value?.id) me.value = cached;
  });

  /** After signing in: use the language saved on the account, or save this device's language on it. */
  function syncLocale(user: Me): void {
    if (isLocale(user.locale)) {
      if (user.locale !== currentLocale()) void switchLocale(user.locale);
    } else {
      void apiFetch('/api/me', { method: 'PATCH', body: { locale: currentLocale() } }).catch(() => undefined);
    }
  }

  /**
   * Asks the server who is signed in (`GET /api/session`: a visitor is `null`, not a 401 that the
   * browser would log as an error). Without a connection the cached user is kept, so the app
   * still works offline; other failures are thrown.
   */
  function load(): Promise<AuthUser | null> {
    loading ??= (async () => {
      try {
        setMe((await apiFetch<Session>('/api/session')).user);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) setMe(null);
        else if (!(error instanceof ApiError && error.code === 'network')) throw error;
      } finally {
        confirmed.value = true;
        loading = null;
      }
      return me.value;
    })();
    return loading;
  }

  /** For route guards: answers at once from the cache (and refreshes in the background), else asks the server. */
  async function ensureLoaded(): Promise<void> {
    if (confirmed.value) return;
    if (me.value) void load().catch(() => undefined);
    else await load().catch(() => undefined);
  }

  async function signUp(body: SignupBody): Promise<Me> {
    const user = await apiFetch<Me>('/api/auth/signup', { method: 'POST', body });
    setMe(user);
    confirmed.value = true;
    syncLocale(user);
    return user;
  }

  async function signIn(body: LoginBody): Promise<Me> {
    const user = await apiFetch<Me>('/api/auth/login', { method: 'POST', body });
    setMe(user);
    confirmed.value = true;
    syncLocale(user);
    return user;
  }

  /** Ends the session on the server (its cookie is httpOnly: only the server can). Needs a connection. */
  async function signOut(): Promise<void> {
    await endOwnSession(() => apiFetch('/api/auth/logout', { method: 'POST' }));
  }

  async function updateProfile(body: ProfileUpdate): Promise<Me> {
    const user = await apiFetch<Me>('/api/me', { method: 'PATCH', body });
    setMe(user);
    return user;
  }

  /** Every session ends, this one too: the user signs in again with the new password. */
  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await endOwnSession(() => apiFetch('/api/me/password', { method: 'POST', body: { currentPassword, newPassword } }));
  }

  async function deleteAccount(password: string): Promise<void> {
    await endOwnSession(() => apiFetch('/api/me', { method: 'DELETE', body: { password } }));
  }

  async function endOwnSession(call: () => Promise<unknown>): Promise<void> {
    leaving = true;
    try {
      await call();
      setMe(null);
    } finally {
      leaving = false;
    }
  }

  /** Forgets the user on this device (e.g. the server ended the session). */
  function clear(): void {
    setMe(null);
  }

  /**
   * The server says this session has ended (signed out elsewhere, password changed, account
   * deleted, idle). Returns true when the user should be told and sent to sign in.
   */
  function sessionEnded(): boolean {
    if (leaving || !me.value) return false;
    clear();
    return true;
  }

  return {
    me: readonly(me),
    isSignedIn,
    confirmed: readonly(confirmed),
    hasRole,
    load,
    ensureLoaded,
    signUp,
    signIn,
    signOut,
    updateProfile,
    changePassword,
    deleteAccount,
    clear,
    sessionEnded,
  };
});
