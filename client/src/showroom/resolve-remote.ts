import type { Locale } from '@shared/showroom/locale';
import { ResolvedScanSchema, type ResolvedScan } from '@shared/showroom/schemas';
import { apiFetch } from '@client/shell/api';

/** `GET /api/products/resolve` for what was scanned (officers get the full declaration number). */
export function resolveOnServer(code: string, locale: Locale): Promise<ResolvedScan> {
  const path = `/api/products/resolve?code=${encodeURIComponent(code)}&lang=${locale}`;
  return apiFetch(path, { schema: ResolvedScanSchema });
}
