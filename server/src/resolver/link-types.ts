import type { Locale } from '@shared/showroom/locale.js';

/** The GS1 Web Vocabulary namespace of link types (https://gs1.org/voc/?show=linktypes). */
export const GS1_VOC = 'https://gs1.org/voc/';

/** The link types this resolver offers, as GS1 Web Vocabulary terms. */
export const LINK_TYPES = ['pip', 'traceability', 'certificationInfo', 'verificationService', 'defaultLink'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const LINK_TYPE_TITLES: Record<LinkType, string> = {
  pip: 'Product information page',
  traceability: 'Traceability information (provenance and customs clearance)',
  certificationInfo: 'Certification information (inspection certificate)',
  verificationService: 'Verification service (is this item one the zone issued?)',
  defaultLink: 'Default link',
};

export const linkTypeUri = (type: LinkType) => `${GS1_VOC}${type}`;

/**
 * The link type a `linkType` query value names: `gs1:pip`, `https://gs1.org/voc/pip` (or http://),
 * or the special values `linkset` / `all`. Undefined for one we do not offer.
 */
export function readLinkType(value: string): LinkType | 'linkset' | undefined {
  const v = value.trim();
  if (v === 'linkset' || v === 'all') return 'linkset';
  const m = /^(?:gs1:|https?:\/\/gs1\.org\/voc\/)([A-Za-z]+)$/.exec(v);
  const term = m?.[1];
  return (LINK_TYPES as readonly string[]).includes(term ?? '') ? (term as LinkType) : undefined;
}

/** Titles of the links in the language they lead to. */
export const PAGE_TITLES: Record<
  'pip' | 'traceability' | 'certificationInfo' | 'verification',
  Record<Locale, string>
> = {
  pip: { 'zh-CN': '产品信息', 'zh-TW': '產品資訊', en: 'Product information' },
  traceability: { 'zh-CN': '溯源与通关', 'zh-TW': '溯源與通關', en: 'Provenance and customs clearance' },
  certificationInfo: { 'zh-CN': '检验检疫证书', 'zh-TW': '檢驗檢疫證書', en: 'Inspection certificate' },
  verification: { 'zh-CN': '标签验真', 'zh-TW': '標籤驗真', en: 'Label verification' },
};
