import type { Feature } from '../feature.js';
import { resolverOpenApi } from './openapi.js';
import { mountResolver } from './routes.js';

/** Issue #11: a GS1-Conformant resolver for the products of the showroom (Digital Link URIs on our host). */
export const resolverFeature: Feature = {
  name: 'resolver',
  mountPublic: mountResolver,
  openApiExtras: resolverOpenApi,
};
