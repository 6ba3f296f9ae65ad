import type { Express, NextFunction, Request as HttpRequest, Response } from 'express';
import { buildDigitalLink, parseDigitalLink, type DigitalLinkOk } from '@shared/codes/index.js';
import { localeFromAcceptLanguage, type Locale } from '@shared/showroom/locale.js';
import type { AppContext } from '../feature.js';
import { showroomOf } from '../showroom/showroom.js';
import { CONTEXT_PATH, DESCRIPTION_PATH, linksetContext, resolverDescription } from './description.js';
import { ALLOWED_METHODS, answerOptions, linkValue, sendProblem, setCors } from './http.js';
import { linkTypeUri, readLinkType, type LinkType } from './link-types.js';
import { levelsOf, linksetOf, type Level, type Request, type TargetLink } from './links.js';

export const LINKSET_TYPE = 'application/linkset+json';
/** The AIs our routes take from the path; every other AI (e.g. 17) is a query AI passed on. */
const PATH_AIS = new Set(['01', '10', '21']);
const SAFE64 = /^\/([A-Za-z0-9_-]+)\/?$/;

export const originOf = (ctx: AppContext, req: HttpRequest) =>
  (ctx.config.publicOrigin ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');

/** A language of ours the client asked for by Accept-Language; undefined when it asked for none of them. */
function preferredLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const asked = header.split(',').map((t) => (t.trim().split(';')[0] ?? '').toLowerCase());
  if (!asked.some((t) => t === 'en' || t.startsWith('en-') || t === 'zh' || t.startsWith('zh-'))) return undefined;
  return localeFromAcceptLanguage(header);
}

function pickTarget(targets: TargetLink[], lang: Locale | undefined): TargetLink | undefined {
  if (lang) {
    const match = targets.find((t) => t.hreflang?.length === 1 && t.hreflang[0] === lang);
    if (match) return match;
  }
  return targets[0];
}

/** Without linkType, whether the client prefers the linkset (JSON) to a redirect (content negotiation). */
function wantsLinkset(req: HttpRequest): boolean {
  const best = req.accepts(['text/html', LINKSET_TYPE, 'application/json']);
  return best === LINKSET_TYPE || best === 'application/json';
}

function linkHeader(levels: Level[], linksetHref: string, sameAs: string | undefined): string {
  const values: string[] = [];
  const [first] = levels;
  for (const [type, targets] of Object.entries(first?.links ?? {})) {
    for (const target of targets ?? []) values.push(linkValue(target.href, linkTypeUri(type as LinkType), target));
  }
  values.push(linkValue(linksetHref, 'linkset', { type: LINKSET_TYPE }));
  if (sameAs) values.push(linkValue(sameAs, 'owl:sameAs'));
  return values.join(', ');
}

async function resolveLink(ctx: AppContext, req: HttpRequest, res: Response, link: DigitalLinkOk, origin: string) {
  const gtin = link.ais['01'] ?? '';
  const queryAis = Object.fromEntries(Object.entries(link.ais).filter(([ai]) => !PATH_AIS.has(ai)));
  const { linkType: askedType, ...params } = link.params;
  const request: Request = {
    gtin,
    ...(link.ais['10'] === undefined ? {} : { lot: link.ais['10'] }),
    ...(link.ais['21'] === undefined ? {} : { serial: link.ais['21'] }),
    queryAis,
    params,
  };
  setCors(res);
  res.set({ Vary: 'Accept, Accept-Language', 'Cache-Control': 'no-cache' });

  const snapshot = await showroomOf(ctx).current();
  const product = snapshot.products.get(gtin);
  if (!product) {
    return sendProblem(res, {
      status: 404,
      type: 'unknown-product',
      title: 'Unknown product',
      detail: `No product with GTIN ${gtin} is registered in the showroom.`,
      gtin,
    });
  }
  const levels = levelsOf(origin, product, request);
  const linksetHref = buildDigitalLink(origin, {
    gtin,
    ...(request.lot === undefined ? {} : { lot: request.lot }),
    ...(request.serial === undefined ? {} : { serial: request.serial }),
    query: { ...queryAis, ...params, linkType: 'linkset' },
  });
  res.set('Link', linkHeader(levels, linksetHref, link.compressed ? link.uncompressedUri : undefined));

  const type = askedType === undefined ? undefined : readLinkType(askedType);
  if (askedType !== undefined && type === undefined) {
    return sendProblem(res, {
      status: 404,
      type: 'unknown-link-type',
      title: 'Link type not available',
      detail: `This resolver has no link of type "${askedType}" for ${levels[0]?.anchor ?? gtin}.`,
      linkType: askedType,
    });
  }
  if (type === 'linkset' || (type === undefined && wantsLinkset(req))) {
    res.set(
      'Link',
      `${res.get('Link')}, ${linkValue(`${origin}${CONTEXT_PATH}`, 'http://www.w3.org/ns/json-ld#context', { type: 'application/ld+json' })}`,
    );
    return res
      .status(200)
      .type(LINKSET_TYPE)
      .send(JSON.stringify(linksetOf(levels)));
  }
  const lang = preferredLanguage(req.get('accept-language'));
  const wanted: LinkType = type ?? (lang ? 'pip' : 'defaultLink');
  const level = levels.find((l) => l.links[wanted]?.length);
  const target = level && pickTarget(level.links[wanted] ?? [], lang);
  if (!target) {
    return sendProblem(res, {
      status: 404,
      type: 'unknown-link-type',
      title: 'Link type not available',
      detail: `This resolver has no link of type gs1:${wanted} for ${levels[0]?.anchor ?? gtin}.`,
      linkType: askedType ?? `gs1:${wanted}`,
    });
  }
  res.status(307).set('Location', target.href).end();
}

function syntaxProblem(res: Response, reason: { code: string; message: string; ai?: string }) {
  sendProblem(res, {
    status: 400,
    type: 'invalid-digital-link',
    title: 'Not a valid GS1 Digital Link URI',
    detail: reason.message,
    reason: reason.code,
    ...(reason.ai === undefined ? {} : { ai: reason.ai }),
  });
}

/** GET/HEAD/OPTIONS on Digital Link paths; other methods get 405. */
function dispatch(
  ctx: AppContext,
  req: HttpRequest,
  res: Response,
  next: NextFunction,
  link: DigitalLinkOk,
  origin: string,
): void {
  if (req.method === 'OPTIONS') return answerOptions(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.set('Allow', ALLOWED_METHODS);
    return sendProblem(res, {
      status: 405,
      type: 'method-not-allowed',
      title: 'Method not allowed',
      detail: `The resolver answers ${ALLOWED_METHODS}.`,
    });
  }
  resolveLink(ctx, req, res, link, origin).catch(next);
}

/** The GS1-Conformant resolver: Digital Link URIs on our own host, its description file and linkset context. */
export function mountResolver(app: Express, ctx: AppContext): void {
  const wellKnown = (path: string, body: (origin: string) => unknown, type: string) =>
    app.all(path, (req, res) => {
      if (req.method === 'OPTIONS') return answerOptions(res);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.set('Allow', ALLOWED_METHODS);
        return sendProblem(res, {
          status: 405,
          type: 'method-not-allowed',
          title: 'Method not allowed',
          detail: `Use ${ALLOWED_METHODS}.`,
        });
      }
      setCors(res);
      res.set('Cache-Control', 'public, max-age=3600');
      res
        .status(200)
        .type(type)
        .send(JSON.stringify(body(originOf(ctx, req))));
    });
  wellKnown(DESCRIPTION_PATH, resolverDescription, 'application/json');
  wellKnown(CONTEXT_PATH, () => linksetContext, 'application/ld+json');

  app.use((req, res, next) => {
    const path = req.path;
    const origin = originOf(ctx, req);
    const uri = `${origin}${req.originalUrl}`;
    const now = ctx.now();
    if (path === '/01' || path === '/01/' || path.startsWith('/01/')) {
      // A preflight needs no valid code: browsers send it before they know the answer.
      if (req.method === 'OPTIONS') return answerOptions(res);
      const link = parseDigitalLink(uri, { now });
      if (!link.ok) return syntaxProblem(res, link.reason);
      if (link.ais['01'] === undefined)
        return syntaxProblem(res, { code: 'missing_gtin', message: 'The link names no GTIN.' });
      return dispatch(ctx, req, res, next, link, origin);
    }
    // A fully compressed Digital Link is a single base64url segment. Only a segment that decodes to
    // a valid Digital Link with a GTIN is ours: every other path (/showroom, /training…) is the PWA's.
    if (SAFE64.test(path)) {
      const link = parseDigitalLink(uri, { now });
      if (link.ok && link.compressed && link.ais['01'] !== undefined)
        return dispatch(ctx, req, res, next, link, origin);
    }
    next();
  });
}
