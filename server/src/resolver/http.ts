import type { Response } from 'express';
import type { TargetLink } from './links.js';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
export const ALLOWED_HEADERS = 'Accept, Accept-Language, Content-Type, Cache-Control, If-None-Match';

/** Open CORS for the resolver's GET/HEAD answers: any origin, no credentials. */
export function setCors(res: Response): void {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': 'Link, Location, Content-Type, Vary',
    // helmet sets same-site for the app; the resolver's answers are for every site.
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
}

/** The answer to a CORS preflight (and to a plain OPTIONS request). */
export function answerOptions(res: Response): void {
  setCors(res);
  res.set({
    Allow: ALLOWED_METHODS,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '86400',
  });
  res.status(204).end();
}

export const PROBLEM_BASE = 'https://lugang.example/problems/';

export type Problem = {
  status: number;
  /** Short slug that makes the problem type URI. */
  type: string;
  title: string;
  detail: string;
  [extension: string]: unknown;
};

/** RFC 9457 problem details. */
export function sendProblem(res: Response, { type, ...problem }: Problem): void {
  setCors(res);
  res.set('Cache-Control', 'no-store');
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: `${PROBLEM_BASE}${type}`, ...problem }));
}

const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
/** RFC 8187 ext-value for a parameter such as title*. */
const extValue = (s: string) =>
  `UTF-8''${encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** One RFC 8288 link-value; non-ASCII titles go in title* (header values must stay Latin-1). */
export function linkValue(href: string, rel: string, target: Partial<Omit<TargetLink, 'href'>> = {}): string {
  const parts = [`<${href}>`, `rel=${quoted(rel)}`];
  if (target.type) parts.push(`type=${quoted(target.type)}`);
  for (const lang of target.hreflang ?? []) parts.push(`hreflang=${quoted(lang)}`);
  if (target.title !== undefined) {
    parts.push(isAscii(target.title) ? `title=${quoted(target.title)}` : `title*=${extValue(target.title)}`);
  }
  return parts.join('; ');
}
