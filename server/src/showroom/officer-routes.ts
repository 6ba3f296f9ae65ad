import {
  BatchClearanceSchema,
  BatchParamsSchema,
  ClearanceImportBodySchema,
  ClearanceImportReportSchema,
  LabelKeysSchema,
  RevocationBodySchema,
  SetClearanceBodySchema,
} from '@shared/showroom/schemas.js';
import type { AppContext } from '../feature.js';
import { defineRoute, type AnyRoute } from '../http/route.js';
import { importClearance, revokeLabel, setClearance } from './officer-actions.js';
import { showroomPolicy as policy } from './policy.js';
import type { Showroom } from './showroom.js';

const tags = ['showroom', 'customs'];

export function officerRoutes(ctx: AppContext, showroom: Showroom): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/clearance/import',
      summary: 'Import clearance status reports (CSV gtin,lot,code,at or JSON rows)',
      tags,
      policy: policy.importClearance,
      body: ClearanceImportBodySchema,
      responses: {
        200: {
          description: 'Good rows applied; bad rows listed by line with a reason',
          schema: ClearanceImportReportSchema,
        },
        422: { description: 'The JSON content is not an array of rows' },
      },
      handler: ({ body, principal, req }) => importClearance(ctx, showroom, { principal, req }, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/batches/:gtin/:lot/clearance',
      summary: "Record a batch's new clearance status by hand",
      tags,
      policy: policy.setClearance,
      params: BatchParamsSchema,
      body: SetClearanceBodySchema,
      status: 201,
      responses: {
        201: { description: 'The batch clearance after the change', schema: BatchClearanceSchema },
        404: { description: 'No such product or lot' },
        409: { description: 'This status at this time is already recorded' },
        422: { description: 'The time is in the future' },
      },
      handler: ({ params, body, principal, req }) => setClearance(ctx, showroom, { principal, req }, params, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/labels/revocations',
      summary: 'Revoke a label (gtin14|serial) or a signing key (kid)',
      tags,
      policy: policy.revokeLabel,
      body: RevocationBodySchema,
      status: 201,
      responses: {
        201: { description: 'Keys and revocations after the change', schema: LabelKeysSchema },
        404: { description: 'No such serial or key' },
      },
      handler: ({ body, principal, req }) => revokeLabel(ctx, showroom, { principal, req }, body),
    }),
  ];
}
