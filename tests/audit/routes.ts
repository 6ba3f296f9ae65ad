import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Demo accounts of server/src/accounts/seed.ts (password DEMO_PASSWORD there). */
export const DEMO_ACCOUNTS = {
  consumer: '13800000001',
  mediator: 'mediator@lugang.example',
  officer: 'officer@lugang.example',
  admin: 'admin@lugang.example',
} as const;
export const DEMO_PASSWORD = 'Lugang-demo-2026';
export type DemoRole = keyof typeof DEMO_ACCOUNTS;
/** Who is signed in while a page is audited: nobody, or one demo account. */
export type Visitor = 'anonymous' | DemoRole;

/** Demo-data values for route parameters. An optional parameter is audited with and without its value. */
export const PARAM_VALUES: Record<string, string> = {
  gtin: '09304967152415',
  code: 'ce-ops-101',
  merchantId: 'm-tasman',
  courseCode: 'ce-ops-101',
};

export type RouteDecl = {
  file: string;
  path: string;
  roles: string[];
  requiresAuth: boolean;
  redirect: boolean;
};

export type AuditTarget = {
  /** The path opened in the browser. */
  url: string;
  /** The route pattern it comes from. */
  pattern: string;
  visitor: Visitor;
};

export type RouteInventory = {
  declared: RouteDecl[];
  targets: AuditTarget[];
  skipped: { pattern: string; reason: string }[];
};

/**
 * The routes as the feature folders declare them (`client/src/<feature>/routes.ts`): parsed from
 * the source, since the files import `.vue` components that node cannot load. Each `path: '…'`
 * starts a record; its `redirect`, `roles` and `requiresAuth` are read up to the next path.
 */
export function parseRouteFiles(clientSrc: string): RouteDecl[] {
  const files = readdirSync(clientSrc, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(clientSrc, entry.name, 'routes.ts'))
    .filter((file) => existsSync(file));
  const declared: RouteDecl[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    const matches = [...source.matchAll(/\bpath:\s*(['"`])([^'"`]+)\1/g)];
    matches.forEach((match, i) => {
      const end = matches[i + 1]?.index ?? source.length;
      const record = source.slice(match.index, end);
      const roles = /\broles:\s*\[([^\]]*)\]/.exec(record)?.[1];
      declared.push({
        file: file.slice(clientSrc.length + 1),
        path: match[2] ?? '',
        roles: roles ? [...roles.matchAll(/['"]([\w-]+)['"]/g)].map((m) => m[1] ?? '') : [],
        requiresAuth: /\brequiresAuth:\s*true\b/.test(record),
        redirect: /\bredirect:/.test(record),
      });
    });
  }
  return declared;
}

/** The demo account that may open a page for these roles (officer also holds trainer; admin also officer). */
function visitorFor(decl: RouteDecl): Visitor | undefined {
  if (decl.roles.length === 0) return decl.requiresAuth ? 'consumer' : 'anonymous';
  const holds: Record<DemoRole, string[]> = {
    consumer: ['consumer'],
    mediator: ['mediator'],
    officer: ['officer', 'trainer'],
    admin: ['admin', 'officer'],
  };
  for (const role of ['consumer', 'mediator', 'officer', 'admin'] as const) {
    if (holds[role].some((r) => decl.roles.includes(r))) return role;
  }
  return undefined;
}

/** Fills `:param` and `:param?` segments with demo data; undefined when a value is unknown. */
function fill(pattern: string, params: Record<string, string>): { urls: string[]; missing?: string } {
  let urls = [''];
  for (const segment of pattern.split('/').slice(1)) {
    const param = /^:(\w+)(\(.*\))?([?*+])?$/.exec(segment);
    if (!param) {
      urls = urls.map((u) => `${u}/${segment}`);
      continue;
    }
    const [, name = '', , modifier] = param;
    const value = params[name];
    if (modifier === '?') urls = urls.flatMap((u) => (value ? [u, `${u}/${value}`] : [u]));
    else if (value) urls = urls.map((u) => `${u}/${value}`);
    else return { urls: [], missing: name };
  }
  return { urls: urls.map((u) => u || '/') };
}

/**
 * Parameters only the running server knows (ids the database made): `:id` of a dispute case
 * (`/disputes/cases/:id`, `/mediation/cases/:id`) is a demo case of the demo consumer, preferably
 * one past filing (more of the page shows). `AUDIT_PARAMS="id=…,code=…"` overrides any value.
 */
export async function resolveParams(baseUrl: string, env = process.env.AUDIT_PARAMS): Promise<Record<string, string>> {
  const params = { ...PARAM_VALUES };
  try {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ login: DEMO_ACCOUNTS.consumer, password: DEMO_PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const response = await fetch(`${baseUrl}/api/me/disputes`, { headers: { cookie } });
    if (response.ok) {
      const cases = (await response.json()) as { id?: string; status?: string }[];
      const chosen = cases.find((c) => c.status && c.status !== 'filed') ?? cases[0];
      if (chosen?.id) params.id = chosen.id;
    }
  } catch {
    // No disputes API (yet): the case pages are listed as not audited.
  }
  for (const pair of (env ?? '').split(',').filter(Boolean)) {
    const [name, ...value] = pair.split('=');
    if (name) params[name.trim()] = value.join('=').trim();
  }
  return params;
}

/** Public pages that change once someone is signed in: audited for these visitors as well. */
const SIGNED_IN_VARIANTS: Record<string, Visitor[]> = {
  '/showroom': ['officer'],
  '/training': ['consumer'],
  '/training/courses/:code': ['consumer'],
  '/disputes': ['consumer', 'mediator'],
  '/me': ['consumer', 'admin'],
};

export function inventory(clientSrc: string, params: Record<string, string> = PARAM_VALUES): RouteInventory {
  const declared = parseRouteFiles(clientSrc);
  const targets: AuditTarget[] = [];
  const skipped: RouteInventory['skipped'] = [];
  for (const decl of declared) {
    if (decl.redirect) {
      skipped.push({ pattern: decl.path, reason: 'redirect' });
      continue;
    }
    const visitor = visitorFor(decl);
    if (!visitor) {
      skipped.push({ pattern: decl.path, reason: `no demo account holds ${decl.roles.join('/')}` });
      continue;
    }
    const { urls, missing } = fill(decl.path, params);
    if (missing) {
      skipped.push({ pattern: decl.path, reason: `no demo value for :${missing}` });
      continue;
    }
    const visitors = [visitor, ...(SIGNED_IN_VARIANTS[decl.path] ?? []).filter((v) => v !== visitor)];
    for (const url of urls) for (const v of visitors) targets.push({ url, pattern: decl.path, visitor: v });
  }
  // The catch-all of client/src/router.ts.
  targets.push({ url: '/no-such-page', pattern: '/:pathMatch(.*)*', visitor: 'anonymous' });
  return { declared, targets, skipped };
}
