import { floorPlan, floorPlanSvg } from '@shared/showroom/floor-plan.js';
import type { Locale } from '@shared/showroom/locale.js';
import type { RecordBootScreen } from '../feature.js';
import { MerchantModel } from './models.js';

async function guideValues(params: Record<string, string>, locale: Locale) {
  const merchants = await MerchantModel.find({}, { merchantId: 1, booth: 1 }).lean();
  const plan = floorPlan(merchants.map((m) => ({ id: m.merchantId, booth: m.booth })));
  return { plan: merchants.length ? floorPlanSvg(plan, locale, params.merchantId) : '' };
}

/** The park guide's first screen: the showroom's floor plan (a merchant's booth highlighted on theirs). */
export const guideBootScreens: RecordBootScreen[] = [
  { route: '/showroom/guide', values: guideValues },
  { route: '/showroom/guide/:merchantId', values: guideValues },
];
