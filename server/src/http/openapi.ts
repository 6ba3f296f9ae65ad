import { z } from 'zod';
import { ErrorBodySchema } from '@shared/api/errors.js';
import type { AnyRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

/** Extra operations served outside the REST route table (e.g. the GS1 resolver), described by their feature. */
export type ExtraOperation = { method: string; path: string; operation: JsonSchema };

const toJson = (schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;

/** `/api/courses/:code` → `/api/courses/{code}` */
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function parameters(route: AnyRoute): JsonSchema[] {
  const result: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toJson(schema, 'input');
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(props)) {
      result.push({ name, in: where, required: where === 'path' || required.has(name), schema: prop });
    }
  }
  for (const [name, header] of Object.entries(route.headers ?? {})) {
    result.push({
      name,
      in: 'header',
      required: header.required,
      description: header.description,
      schema: { type: 'string' },
    });
  }
  return result;
}

function operation(route: AnyRoute): JsonSchema {
  const responses: JsonSchema = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.schema
        ? { content: { [response.contentType ?? 'application/json']: { schema: toJson(response.schema, 'output') } } }
        : {}),
    };
  }
  responses.default = {
    description: 'Error',
    content: { 'application/json': { schema: toJson(ErrorBodySchema, 'output') } },
  };
  return {
    summary: route.summary,
    tags: route.tags,
    operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
    'x-policy': route.policy.name,
    'x-allow': route.policy.allow,
    parameters: parameters(route),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: toJson(route.body, 'input') } } } }
      : {}),
    responses,
  };
}

export function buildOpenApi(routes: AnyRoute[], extras: ExtraOperation[] = []): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const add = (path: string, method: string, op: JsonSchema) => ((paths[path] ??= {})[method] = op);
  for (const route of routes) add(openApiPath(route.path), route.method, operation(route));
  for (const extra of extras) add(extra.path, extra.method, extra.operation);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lugang 陆港 API',
      version: '0.1.0',
      description: 'REST API of the Datong International Inland Port showroom, training and disputes app.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lugang_sid' } },
    },
    paths,
  };
}
