import { LOCALES } from '@shared/showroom/locale.js';
import { GS1_VOC, LINK_TYPES, LINK_TYPE_TITLES, linkTypeUri } from './link-types.js';

export const DESCRIPTION_PATH = '/.well-known/gs1resolver';
export const CONTEXT_PATH = '/.well-known/gs1resolver/linkset-context.jsonld';

/** The resolver description file (GS1-Conformant resolver standard, "Resolver description file"). */
export function resolverDescription(origin: string) {
  return {
    name: 'Lugang 陆港 — Datong International Inland Port showroom resolver',
    resolverRoot: origin,
    supportedPrimaryKeys: ['01'],
    // One entry per link type we offer; namespace and prefix as the standard names them, plus its title.
    supportedLinkType: LINK_TYPES.map((type) => ({
      namespace: GS1_VOC,
      prefix: 'gs1:',
      profile: 'https://gs1.org/voc/?show=linktypes',
      linkType: `gs1:${type}`,
      uri: linkTypeUri(type),
      title: LINK_TYPE_TITLES[type],
    })),
    linkTypeDefaultCanBeLinkset: false,
    linkTypeDefaultCanBeAll: false,
    supportedContextValuesEnumerated: [],
    supportedLanguages: [...LOCALES],
    jsonLdContextLocation: `${origin}${CONTEXT_PATH}`,
    linksetMediaType: 'application/linkset+json',
    compressionSupported: true,
    contact: { name: 'Lugang showroom operations', url: `${origin}/showroom` },
  };
}

/**
 * A JSON-LD context under which our RFC 9264 linksets read as linked data: anchors and hrefs are
 * node ids, the link relation keys are already absolute GS1 Web Vocabulary IRIs.
 */
export const linksetContext = {
  '@context': {
    '@version': 1.1,
    gs1: GS1_VOC,
    dcterms: 'http://purl.org/dc/terms/',
    linkset: '@graph',
    anchor: '@id',
    href: '@id',
    title: 'dcterms:title',
    type: 'dcterms:format',
    hreflang: { '@id': 'dcterms:language', '@container': '@set' },
  },
};
