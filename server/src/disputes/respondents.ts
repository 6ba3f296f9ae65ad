import type { z } from 'zod';
import type { RespondentInputSchema } from '@shared/disputes/filing.js';
import { AppError } from '../http/errors.js';
import { MerchantModel } from '../showroom/models.js';

export type Respondent = { merchantId?: string; name: string; address: string };

/** The park's showroom hall: merchants there are named by their booth. */
const PARK_ADDRESS = '山西省大同市大同国际陆港跨境电商展示中心';

/** A park merchant (from the showroom's merchant records) or the business the complainant named. */
export async function resolveRespondent(input: z.infer<typeof RespondentInputSchema>): Promise<Respondent> {
  if (!('merchantId' in input)) return { name: input.name, address: input.address };
  const merchant = await MerchantModel.findOne({ merchantId: input.merchantId }).lean();
  if (!merchant) {
    throw new AppError(
      422,
      'unknown_merchant',
      `There is no park merchant with the id ${input.merchantId}. Pick one from the park guide, or give the business's name and address.`,
      {
        field: 'respondent.merchantId',
      },
    );
  }
  return {
    merchantId: merchant.merchantId,
    name: merchant.name?.['zh-CN'] ?? merchant.merchantId,
    address: `${PARK_ADDRESS} ${merchant.booth}展位`,
  };
}
