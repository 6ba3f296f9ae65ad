import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { fromZod } from './errors.js';
import { authorize, type Policy, type Principal } from './policy.js';

/** Classic and mini zod schemas alike (the showroom catalogue's are mini). */
type Schema = z.core.$ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export type RouteContext<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  principal: Principal | null;
  req: Request;
  res: Response;
};

/**
 * One REST endpoint: its contract (shared zod schemas), its policy and its handler.
 * Every route goes through here, so validation, authorization and the OpenAPI document cannot drift apart.
 */
export type RouteSpec<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
> = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tags: string[];
  policy: Policy;
  params?: P;
  query?: Q;
  body?: B;
  /** Request headers that the contract names, for the OpenAPI document (e.g. Idempotency-Key). */
  headers?: Record<string, { required: boolean; description: string }>;
  status?: number;
  responses: Record<number, { description: string; schema?: Schema; contentType?: string }>;
  /** Returns the JSON body to send, or undefined when it has written the response itself. */
  handler: (ctx: RouteContext<Infer<P>, Infer<Q>, Infer<B>>) => Promise<unknown> | unknown;
};

export type AnyRoute = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(spec: RouteSpec<P, Q, B>): AnyRoute {
  return spec as unknown as AnyRoute;
}

export function principalOf(res: Response): Principal | null {
  return (res.locals.principal as Principal | undefined) ?? null;
}

function parsePart(schema: Schema | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = z.safeParse(schema, value ?? {});
  if (!result.success) throw fromZod(result.error, where);
  return result.data;
}

/** The Express handler of a route: authorization, then its contract's validation, then the handler. */
function handlerOf(route: AnyRoute) {
  return async (req: Request, res: Response): Promise<void> => {
    const principal = principalOf(res);
    const denied = authorize(route.policy, principal);
    if (denied) throw denied;
    const ctx = {
      params: parsePart(route.params, req.params, 'params'),
      query: parsePart(route.query, req.query, 'query'),
      body: parsePart(route.body, req.body, 'body'),
      principal,
      req,
      res,
    };
    const result = await route.handler(ctx as RouteContext<undefined, undefined, undefined>);
    if (res.headersSent) return;
    if (result === undefined) res.status(route.status ?? 204).end();
    else res.status(route.status ?? 200).json(result);
  };
}

/** `/api/products/resolve` → `/api/products`: the group a request or a route belongs to. */
function groupOf(path: string): string {
  const third = path.indexOf('/', path.indexOf('/', 1) + 1);
  return third === -1 ? path : path.slice(0, third);
}

/**
 * The API's routes. A request for a path without parameters (the showroom's scan among them) is
 * found by one map lookup; the others are matched against their own group's few routes (one router
 * per `/api/<first segment>`). Walking every route of every feature through Express's nested
 * routers was most of the resolve path's routing CPU.
 */
export function groupedApiRouter(routes: AnyRoute[]): RequestHandler & { routers: Router[] } {
  const exact = new Map<string, (req: Request, res: Response) => Promise<void>>();
  const groups = new Map<string, Router>();
  for (const route of routes) {
    const prefix = groupOf(route.path);
    if (prefix.includes(':')) throw new Error(`${route.path}: the first segment after /api must be fixed`);
    const handler = handlerOf(route);
    if (!route.path.includes(':')) exact.set(`${route.method.toUpperCase()} ${route.path}`, handler);
    let group = groups.get(prefix);
    if (!group) groups.set(prefix, (group = express.Router()));
    group[route.method](route.path, handler);
  }
  const dispatch: RequestHandler = (req, res, next) => {
    const path = req.path;
    const handler = exact.get(`${req.method} ${path}`);
    if (handler) return void handler(req, res).catch(next);
    const group = groups.get(groupOf(path));
    if (group) group(req, res, next);
    else next();
  };
  // Visible to the test that checks every mounted route has a spec and a policy.
  return Object.assign(dispatch, { routers: [...groups.values()] });
}
