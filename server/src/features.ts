import { accountsFeature } from './accounts/feature.js';
import type { Feature } from './feature.js';
import { healthFeature } from './health/feature.js';

/** Every feature of the server, in mounting order. Accounts comes first: it sets the principal. */
export const features: Feature[] = [accountsFeature, healthFeature];
