import { z } from 'zod';
import type { TestApp } from '../../support/test-app.js';

export { FORMULA, TEST_NOW } from '../showroom/support.js';

/** A raw HTTP request that does not follow redirects. */
export function get(t: TestApp, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return fetch(`${t.baseUrl}${path}`, { method, headers, redirect: 'manual' });
}

/** RFC 9264 §4.2: a linkset is { linkset: [context objects] }; a context object has an anchor and
 * relation types (registered names or URIs) mapped to arrays of target objects with href. */
const TargetSchema = z
  .object({
    href: z.url(),
    type: z.string().optional(),
    title: z.string().optional(),
    hreflang: z.array(z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)).optional(),
  })
  .loose();
export const LinksetSchema = z
  .object({
    linkset: z.array(
      z.record(z.string(), z.unknown()).superRefine((context, issue) => {
        if (typeof context.anchor !== 'string' || !URL.canParse(context.anchor))
          issue.addIssue({ code: 'custom', message: 'anchor is not a URI' });
        for (const [rel, targets] of Object.entries(context)) {
          if (rel === 'anchor') continue;
          if (!/^[a-z][a-z0-9.-]*$/.test(rel) && !URL.canParse(rel))
            issue.addIssue({ code: 'custom', message: `bad relation type ${rel}` });
          const parsed = z.array(TargetSchema).min(1).safeParse(targets);
          if (!parsed.success)
            issue.addIssue({ code: 'custom', message: `bad targets of ${rel}: ${parsed.error.message}` });
        }
      }),
    ),
  })
  .strict();
export type Linkset = {
  linkset: Array<
    { anchor: string } & Record<string, Array<{ href: string; type?: string; title?: string; hreflang?: string[] }>>
  >;
};

/** RFC 8288 Link header → link-values (no commas inside our URIs or quoted titles). */
export function parseLinkHeader(header: string | null): Array<{ href: string; params: Record<string, string[]> }> {
  if (!header) return [];
  return header.split(/,\s*(?=<)/).map((value) => {
    const m = /^<([^>]*)>(.*)$/.exec(value.trim());
    if (!m) throw new Error(`bad link-value ${value}`);
    const params: Record<string, string[]> = {};
    for (const p of (m[2] ?? '').split(';').slice(1)) {
      const eq = p.indexOf('=');
      const key = p.slice(0, eq).trim();
      const raw = p.slice(eq + 1).trim();
      (params[key] ??= []).push(raw.startsWith('"') ? raw.slice(1, -1) : raw);
    }
    return { href: m[1] ?? '', params };
  });
}

export const GS1 = 'https://gs1.org/voc/';
