import { buildDigitalLink, percentEncode } from '@shared/codes/index.js';
import { LOCALES, type Locale } from '@shared/showroom/locale.js';
import type { BatchEntry, ProductEntry } from '../showroom/snapshot.js';
import { LINK_TYPES, PAGE_TITLES, linkTypeUri, type LinkType } from './link-types.js';

/** One target link: RFC 9264 target attributes (hreflang is an array there). */
export type TargetLink = { href: string; title: string; type: string; hreflang?: Locale[] };

/** The links of one identification level (item, batch or product), anchored at its Digital Link URI. */
export type Level = {
  kind: 'item' | 'batch' | 'product';
  anchor: string;
  links: Partial<Record<LinkType, TargetLink[]>>;
};

/** What a request names: the key and qualifiers, the other AIs of its query (e.g. 17) and its other parameters. */
export type Request = {
  gtin: string;
  lot?: string;
  serial?: string;
  /** Query AIs other than the path's, e.g. { '17': '281231' }, passed on to the targets. */
  queryAis: Record<string, string>;
  /** Non-AI query parameters (sig, kid, …) without linkType, passed on to the targets. */
  params: Record<string, string>;
};

const HTML = 'text/html';
const JSON_TYPE = 'application/json';

function pageUrl(
  origin: string,
  gtin: string,
  at: { lot?: string; serial?: string },
  passOn: [string, string][],
  lang?: Locale,
  fragment?: string,
): string {
  const query: [string, string][] = [];
  if (at.lot !== undefined) query.push(['lot', at.lot]);
  if (at.serial !== undefined) query.push(['serial', at.serial]);
  query.push(...passOn);
  if (lang) query.push(['lang', lang]);
  const search = query.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
  return `${origin}/showroom/products/${gtin}${search ? `?${search}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/**
 * The levels a request has links at, most specific first: the item (a serial of a known product:
 * its page tells whether the zone issued it, so an unknown serial still has its item page), the
 * batch (a lot the product has) and the product. A lot the product does not have has no batch
 * level: its request falls back to the product (GS1 resolver: less granular links apply).
 * The first level's links carry the request's query AIs and parameters (sig, kid, 17, …).
 */
export function levelsOf(origin: string, product: ProductEntry, req: Request): Level[] {
  const batch = req.lot === undefined ? undefined : product.batches.get(req.lot);
  const shapes: { kind: Level['kind']; lot?: string; serial?: string }[] = [];
  if (req.serial !== undefined) shapes.push({ kind: 'item', lot: req.lot, serial: req.serial });
  if (batch) shapes.push({ kind: 'batch', lot: batch.lot });
  shapes.push({ kind: 'product' });
  const passOn: [string, string][] = [
    ...Object.entries(req.queryAis).sort(([a], [b]) => a.localeCompare(b)),
    ...Object.entries(req.params),
  ];
  return shapes.map((shape, index) => {
    const first = index === 0;
    const carried = first ? passOn : [];
    const anchor = buildDigitalLink(origin, {
      gtin: product.gtin,
      ...(shape.lot === undefined ? {} : { lot: shape.lot }),
      ...(shape.serial === undefined ? {} : { serial: shape.serial }),
      ...(first ? { query: req.queryAis } : {}),
    });
    // The code the verification service checks: with the request's parameters (kid, sig) on the first level.
    const code = first
      ? buildDigitalLink(origin, {
          gtin: product.gtin,
          lot: shape.lot,
          serial: shape.serial,
          query: Object.fromEntries(carried),
        })
      : anchor;
    return {
      kind: shape.kind,
      anchor,
      links: linksOf(origin, product, shape.kind === 'product' ? undefined : batch, shape, carried, code),
    };
  });
}

function linksOf(
  origin: string,
  product: ProductEntry,
  batch: BatchEntry | undefined,
  at: { kind: Level['kind']; lot?: string; serial?: string },
  passOn: [string, string][],
  code: string,
): Level['links'] {
  const page = (lang?: Locale, fragment?: string) => pageUrl(origin, product.gtin, at, passOn, lang, fragment);
  const perLanguage = (titles: Record<Locale, string>, fragment?: string, suffix?: string): TargetLink[] =>
    LOCALES.map((lang) => ({
      href: page(lang, fragment),
      title: `${titles[lang]}: ${product.name[lang]}${suffix ?? ''}`,
      type: HTML,
      hreflang: [lang],
    }));
  const links: Level['links'] = {};
  links.pip = perLanguage(PAGE_TITLES.pip);
  if (batch) {
    links.traceability = perLanguage(PAGE_TITLES.traceability, 'trace', ` (${batch.lot})`);
    const certificate = batch.inspection.certificateNo;
    if (certificate)
      links.certificationInfo = perLanguage(PAGE_TITLES.certificationInfo, 'inspection', ` (${certificate})`);
  }
  links.verificationService = [
    ...(at.kind === 'item'
      ? [
          {
            href: page(),
            title: `${PAGE_TITLES.verification.en}: ${product.name.en}`,
            type: HTML,
            hreflang: [...LOCALES],
          },
        ]
      : []),
    {
      href: `${origin}/api/products/resolve?code=${encodeURIComponent(code)}`,
      title: `Product code check (JSON): ${product.name.en}`,
      type: JSON_TYPE,
    },
  ];
  links.defaultLink = [
    { href: page(), title: `${PAGE_TITLES.pip.en}: ${product.name.en}`, type: HTML, hreflang: [...LOCALES] },
  ];
  return links;
}

/** RFC 9264 JSON: one context object per level, most specific first; link types as GS1 Web Vocabulary URIs. */
export function linksetOf(levels: Level[]): { linkset: Record<string, unknown>[] } {
  return {
    linkset: levels.map((level) => {
      const context: Record<string, unknown> = { anchor: level.anchor };
      for (const type of LINK_TYPES) {
        const targets = level.links[type];
        if (targets?.length) context[linkTypeUri(type)] = targets;
      }
      return context;
    }),
  };
}
