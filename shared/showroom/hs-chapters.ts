import type { LocalizedText } from './locale.js';

/**
 * What a merchant sells, named by the HS chapters (first two digits of the HS code) of its products.
 * Only the chapters of goods sold in the park are named; others fall back to "HS chapter NN".
 */
const CHAPTERS: Record<string, LocalizedText> = {
  '04': { 'zh-CN': '乳品、蛋品、蜂蜜', 'zh-TW': '乳品、蛋品、蜂蜜', en: 'Dairy, eggs and honey' },
  '15': { 'zh-CN': '食用油脂', 'zh-TW': '食用油脂', en: 'Edible oils and fats' },
  '18': { 'zh-CN': '可可及巧克力', 'zh-TW': '可可及巧克力', en: 'Cocoa and chocolate' },
  '19': { 'zh-CN': '婴幼儿食品及谷物制品', 'zh-TW': '嬰幼兒食品及穀物製品', en: 'Infant food and cereal products' },
  '21': { 'zh-CN': '营养保健食品', 'zh-TW': '營養保健食品', en: 'Dietary supplements' },
  '22': { 'zh-CN': '酒类及饮料', 'zh-TW': '酒類及飲料', en: 'Wine, beer and drinks' },
  '33': { 'zh-CN': '美妆护肤', 'zh-TW': '美妝護膚', en: 'Cosmetics and skin care' },
  '61': { 'zh-CN': '针织服饰', 'zh-TW': '針織服飾', en: 'Knitted clothing' },
  '82': { 'zh-CN': '刀具厨具', 'zh-TW': '刀具廚具', en: 'Knives and kitchen tools' },
  '96': { 'zh-CN': '母婴日用品', 'zh-TW': '母嬰日用品', en: 'Baby and household articles' },
};

export function hsChapterName(hsCode: string): LocalizedText {
  const chapter = hsCode.slice(0, 2);
  return (
    CHAPTERS[chapter] ?? {
      'zh-CN': `HS第${chapter}章商品`,
      'zh-TW': `HS第${chapter}章商品`,
      en: `HS chapter ${chapter} goods`,
    }
  );
}
