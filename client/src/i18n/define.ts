import type { Locale } from './locales';

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The same keys as T, with any text: how zh-TW and en must mirror zh-CN. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type FeatureMessages<T extends MessageTree = MessageTree> = Record<Locale, T>;

/**
 * Declares one feature's messages. zh-CN is the reference; the type checker asks zh-TW and
 * en for the same keys, and `locales-complete.test.ts` checks them again at run time.
 * The keys are namespaced by the feature's folder: `showroom/i18n.ts` → `t('showroom.…')`.
 */
export function defineMessages<T extends MessageTree>(messages: {
  'zh-CN': T;
  'zh-TW': SameKeys<NoInfer<T>>;
  en: SameKeys<NoInfer<T>>;
}): FeatureMessages<T> {
  return messages as FeatureMessages<T>;
}
