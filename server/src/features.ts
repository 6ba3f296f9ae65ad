import { accountsFeature } from './accounts/feature.js';
import type { Feature } from './feature.js';
import { healthFeature } from './health/feature.js';
import { trainingFeature } from './training/feature.js';
import { showroomFeature } from './showroom/feature.js';
import { disputesFeature } from './disputes/feature.js';
import { mediationFeature } from './mediation/feature.js';
import { resolverFeature } from './resolver/feature.js';
import { statisticsDemoFeature, statisticsFeature } from './statistics/feature.js';

/** Every feature of the server, in mounting order. Accounts comes first: it sets the principal. */
export const features: Feature[] = [
  accountsFeature,
  healthFeature,
  trainingFeature,
  // Before showroom: its `/api/merchants/:id` would otherwise answer `/api/merchants/credit`.
  statisticsFeature,
  showroomFeature,
  disputesFeature,
  mediationFeature,
  resolverFeature,
  statisticsDemoFeature,
];
