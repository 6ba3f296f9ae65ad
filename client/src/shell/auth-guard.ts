import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import type { Role } from '@shared/accounts/roles.js';
import { useAuthStore } from '@client/accounts/store';
import { startOutboxReplay } from './outbox/start';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in users: others are sent to sign in, and brought back afterwards. */
    requiresAuth?: boolean;
    /** Only for users with one of these roles (implies requiresAuth). */
    roles?: readonly Role[];
  }
}

export const SIGN_IN_PATH = '/me/sign-in';
export const NOT_FOR_ROLE_PATH = '/me/not-for-role';

/** What a route asks of the user, from the route and its parents. */
export function requirementsOf(to: RouteLocationNormalized): { signedIn: boolean; roles: Role[] } {
  const roles = [...new Set(to.matched.flatMap((record) => record.meta.roles ?? []))];
  const signedIn = roles.length > 0 || to.matched.some((record) => record.meta.requiresAuth === true);
  return { signedIn, roles };
}

/** Where a user may go back to after signing in: a path of this app only, never another site. */
export function safeRedirect(value: unknown, fallback = '/me'): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\'))
    return fallback;
  return path;
}

export type AuthState = { isSignedIn: boolean; hasRole: (...roles: Role[]) => boolean };

/** The guard's decision, apart from the router so it can be read (and tested) on its own. */
export function decide(to: RouteLocationNormalized, auth: AuthState): true | RouteLocationRaw {
  const { signedIn, roles } = requirementsOf(to);
  if (!signedIn) return true;
  if (!auth.isSignedIn) return { path: SIGN_IN_PATH, query: { redirect: to.fullPath } };
  if (roles.length > 0 && !auth.hasRole(...roles)) return { path: NOT_FOR_ROLE_PATH, query: { from: to.fullPath } };
  return true;
}

/**
 * Routes with `meta.requiresAuth` or `meta.roles` need a signed-in user (with the role). Offline,
 * the user cached on the device counts; the server still checks every request.
 */
export function installAuthGuard(router: Router): void {
  router.beforeEach(async (to) => {
    if (!requirementsOf(to).signedIn) return true;
    const auth = useAuthStore();
    await auth.ensureLoaded();
    return decide(to, auth);
  });
  // Requests saved offline belong to the signed-in user: once the app (and its session) is up,
  // send what is still waiting. Loads the outbox only when something is waiting.
  void router.isReady().then(startOutboxReplay, () => undefined);
}
