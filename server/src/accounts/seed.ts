import type { Role } from '@shared/accounts/roles.js';
import { hashPassword } from './passwords.js';
import { User } from './user.model.js';

export const DEMO_PASSWORD = 'Lugang-demo-2026';

const demoAccounts: { phone?: string; email?: string; name: string; roles: Role[] }[] = [
  { phone: '13800000001', name: '王小明', roles: ['consumer'] },
  { phone: '13800000002', name: '李晓华', roles: ['consumer'] },
  { email: 'mediator@lugang.example', name: '张调解', roles: ['mediator'] },
  { email: 'mediator2@lugang.example', name: '赵调解', roles: ['mediator'] },
  { email: 'officer@lugang.example', name: '刘关员', roles: ['officer', 'trainer'] },
  { email: 'admin@lugang.example', name: '陈管理', roles: ['admin', 'officer'] },
];

/** Demo accounts of the embedded demo database; inserted once, never overwritten. */
export async function seedDemoAccounts(now: Date): Promise<void> {
  for (const account of demoAccounts) {
    const key = account.phone ? { phone: account.phone } : { email: account.email };
    if (await User.exists(key)) continue;
    await User.create({
      ...account,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      consent: { privacyNoticeVersion: account.roles.includes('consumer') ? '2026-11-01' : 'staff', acceptedAt: now },
    });
  }
}
