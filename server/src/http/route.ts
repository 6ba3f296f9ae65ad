import express, { type Request, type Response, type Router } from 'express';
import type { z } from 'zod';
import { fromZod } from './errors.js';
import { authorize, type Policy, type Principal } from './policy.js';

type Schema = z.ZodType;
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
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error, where);
  return result.data;
}

/** Mounts a route on a router that may itself be mounted under `prefix` (the route's path starts with it). */
export function mountRoute(router: Router, route: AnyRoute, prefix = ''): void {
  router[route.method](route.path.slice(prefix.length) || '/', async (req: Request, res: Response) => {
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
  });
}

/**
 * One router per `/api/<first segment>`: a request is matched against its own group's few routes
 * instead of walking every route of every feature (a third of the resolve path's CPU was the walk).
 */
export function groupedApiRouter(routes: AnyRoute[]): Router {
  const api = express.Router();
  const groups = new Map<string, Router>();
  for (const route of routes) {
    const prefix = route.path.split('/').slice(0, 3).join('/');
    let group = groups.get(prefix);
    if (!group) {
      group = express.Router();
      groups.set(prefix, group);
      api.use(prefix, group);
    }
    mountRoute(group, route, prefix);
  }
  return api;
}
