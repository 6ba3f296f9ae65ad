import type { ExtraOperation } from '../http/openapi.js';
import { DESCRIPTION_PATH } from './description.js';
import { LINK_TYPES } from './link-types.js';

const problem = (description: string) => ({
  description,
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail'],
        properties: {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          reason: { type: 'string', description: 'The parser reason code, as /api/products/resolve gives it' },
          ai: { type: 'string' },
        },
      },
    },
  },
});

const linksetSchema = {
  type: 'object',
  required: ['linkset'],
  properties: {
    linkset: {
      type: 'array',
      items: {
        type: 'object',
        required: ['anchor'],
        properties: { anchor: { type: 'string', format: 'uri' } },
        additionalProperties: {
          type: 'array',
          items: {
            type: 'object',
            required: ['href'],
            properties: {
              href: { type: 'string', format: 'uri' },
              title: { type: 'string' },
              type: { type: 'string' },
              hreflang: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
};

const pathParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const queryParams = [
  {
    name: 'linkType',
    in: 'query',
    required: false,
    description: `A GS1 link type (gs1:… or https://gs1.org/voc/…): ${LINK_TYPES.map((t) => `gs1:${t}`).join(', ')}; or linkset / all for the RFC 9264 linkset.`,
    schema: { type: 'string' },
  },
  {
    name: '17',
    in: 'query',
    required: false,
    description: 'Expiry date YYMMDD (any other GS1 query AI too); passed on',
    schema: { type: 'string' },
  },
  {
    name: 'kid',
    in: 'query',
    required: false,
    description: 'Signed label: key id; passed on',
    schema: { type: 'string' },
  },
  {
    name: 'sig',
    in: 'query',
    required: false,
    description: 'Signed label: signature; passed on',
    schema: { type: 'string' },
  },
  {
    name: 'Accept',
    in: 'header',
    required: false,
    description: 'application/linkset+json or application/json for the linkset',
    schema: { type: 'string' },
  },
  {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'zh-CN, zh-TW or en: which language variant to redirect to',
    schema: { type: 'string' },
  },
];

const tags = ['resolver'];
const gtinParam = pathParam('gtin', 'GTIN-8, -12, -13 or -14 (read as 14 digits)');

function resolverOperations(path: string, params: object[], summary: string): ExtraOperation[] {
  const id = path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''));
  const responses = {
    200: {
      description: 'The RFC 9264 linkset (linkType=linkset|all, or Accept: application/linkset+json)',
      content: { 'application/linkset+json': { schema: linksetSchema } },
    },
    307: {
      description:
        'Redirect to the requested (or default) link; the Link header lists the available links and the linkset',
      headers: { Location: { schema: { type: 'string' } }, Link: { schema: { type: 'string' } } },
    },
    400: problem('Not a valid GS1 Digital Link URI (reason: the parser reason code)'),
    404: problem('Unknown GTIN, or a link type this resolver does not have'),
  };
  const parameters = [...params, ...queryParams];
  return [
    { method: 'get', path, operation: { summary, tags, operationId: `resolverGet${id}`, parameters, responses } },
    {
      method: 'head',
      path,
      operation: {
        summary: `${summary} (headers only)`,
        tags,
        operationId: `resolverHead${id}`,
        parameters,
        responses,
      },
    },
    {
      method: 'options',
      path,
      operation: {
        summary: 'CORS preflight',
        tags,
        operationId: `resolverOptions${id}`,
        parameters: params,
        responses: { 204: { description: 'Allowed methods and headers' } },
      },
    },
  ];
}

export const resolverOpenApi: ExtraOperation[] = [
  ...resolverOperations('/01/{gtin}', [gtinParam], 'GS1 Digital Link: a product'),
  ...resolverOperations(
    '/01/{gtin}/10/{lot}',
    [gtinParam, pathParam('lot', 'Batch/lot (AI 10)')],
    'GS1 Digital Link: a batch',
  ),
  ...resolverOperations(
    '/01/{gtin}/10/{lot}/21/{serial}',
    [gtinParam, pathParam('lot', 'Batch/lot (AI 10)'), pathParam('serial', 'Serial number (AI 21)')],
    'GS1 Digital Link: an item of a batch',
  ),
  ...resolverOperations(
    '/01/{gtin}/21/{serial}',
    [gtinParam, pathParam('serial', 'Serial number (AI 21)')],
    'GS1 Digital Link: an item',
  ),
  ...resolverOperations(
    '/{compressed}',
    [
      pathParam(
        'compressed',
        'A compressed GS1 Digital Link (base64url); exposed uncompressed as Link rel="owl:sameAs"',
      ),
    ],
    'Compressed GS1 Digital Link',
  ),
  {
    method: 'get',
    path: DESCRIPTION_PATH,
    operation: {
      summary: 'The GS1 resolver description file',
      tags,
      operationId: 'resolverDescription',
      responses: {
        200: {
          description: 'name, resolverRoot, supportedPrimaryKeys, supportedLinkType, …',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  },
];
