import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { loadAccountsMessages } from './load-messages';

/** A lazy page that renders once the accounts texts are there: none of them is on the first page. */
function page<T extends { default: RouteComponent }>(load: () => Promise<T>) {
  return async () => (await Promise.all([load(), loadAccountsMessages()]))[0];
}

export const featureRoutes: RouteRecordRaw[] = [
  {
    path: '/me',
    name: 'me',
    component: page(() => import('./MePage.vue')),
    meta: { titleKey: 'accounts.title' },
  },
  {
    path: '/me/sign-in',
    name: 'accounts-sign-in',
    component: page(() => import('./SignInPage.vue')),
    meta: { titleKey: 'accounts.titles.signIn' },
  },
  {
    path: '/me/sign-up',
    name: 'accounts-sign-up',
    component: page(() => import('./SignUpPage.vue')),
    meta: { titleKey: 'accounts.titles.signUp' },
  },
  {
    path: '/me/privacy',
    name: 'accounts-privacy',
    component: page(() => import('./PrivacyNoticePage.vue')),
    meta: { titleKey: 'accounts.titles.privacy' },
  },
  {
    path: '/me/profile',
    name: 'accounts-profile',
    component: page(() => import('./ProfilePage.vue')),
    meta: { titleKey: 'accounts.titles.profile', requiresAuth: true },
  },
  {
    path: '/me/password',
    name: 'accounts-password',
    component: page(() => import('./ChangePasswordPage.vue')),
    meta: { titleKey: 'accounts.titles.password', requiresAuth: true },
  },
  {
    path: '/me/not-for-role',
    name: 'accounts-not-for-role',
    component: page(() => import('./NotForRolePage.vue')),
    meta: { titleKey: 'accounts.titles.notForRole' },
  },
  {
    path: '/admin/users',
    name: 'accounts-admin-users',
    component: page(() => import('./AdminUsersPage.vue')),
    meta: { titleKey: 'accounts.titles.admin', roles: ['admin'] },
  },
];
