import type { Locale, LocalizedText } from './locale.js';

/**
 * The recurring words of the catalogue (provenance steps, Chinese place names, inspection results),
 * which the records carry in Chinese only. Anything not listed is shown as recorded.
 */
const TERMS: Record<string, Omit<LocalizedText, 'zh-CN'>> = {
  出厂: { 'zh-TW': '出廠', en: 'Left the factory' },
  装船出运: { 'zh-TW': '裝船出運', en: 'Shipped by sea' },
  国际航空运输: { 'zh-TW': '國際航空運輸', en: 'Flown internationally' },
  中欧班列发运: { 'zh-TW': '中歐班列發運', en: 'Sent by China-Europe Railway Express' },
  抵达天津港: { 'zh-TW': '抵達天津港', en: 'Arrived at Tianjin Port' },
  经二连浩特口岸入境: { 'zh-TW': '經二連浩特口岸入境', en: 'Entered China at Erenhot' },
  太原国际邮件互换局分拨: {
    'zh-TW': '太原國際郵件互換局分撥',
    en: 'Sorted at the Taiyuan international mail exchange',
  },
  铁路转运至大同国际陆港: {
    'zh-TW': '鐵路轉運至大同國際陸港',
    en: 'Carried by rail to Datong International Inland Port',
  },
  抵达大同国际陆港: { 'zh-TW': '抵達大同國際陸港', en: 'Arrived at Datong International Inland Port' },
  进入跨境电商监管作业场所: {
    'zh-TW': '進入跨境電商監管作業場所',
    en: 'Entered the cross-border e-commerce customs area',
  },
  入保税仓: { 'zh-TW': '入保稅倉', en: 'Stored in the bonded warehouse' },
  上架展示: { 'zh-TW': '上架展示', en: 'On display in the showroom' },
  天津港: { 'zh-TW': '天津港', en: 'Tianjin Port' },
  二连浩特: { 'zh-TW': '二連浩特', en: 'Erenhot' },
  太原: { 'zh-TW': '太原', en: 'Taiyuan' },
  大同国际陆港: { 'zh-TW': '大同國際陸港', en: 'Datong International Inland Port' },
  大同国际陆港保税仓: { 'zh-TW': '大同國際陸港保稅倉', en: 'Datong Inland Port bonded warehouse' },
  大同国际陆港监管作业场所: { 'zh-TW': '大同國際陸港監管作業場所', en: 'Datong Inland Port customs area' },
  大同国际陆港进口商品展示中心: {
    'zh-TW': '大同國際陸港進口商品展示中心',
    en: 'Datong Inland Port imported goods showroom',
  },
  合格: { 'zh-TW': '合格', en: 'Passed' },
  待检: { 'zh-TW': '待檢', en: 'Awaiting inspection' },
  未检: { 'zh-TW': '未檢', en: 'Not inspected' },
};

export function localizeTerm(text: string, locale: Locale): string {
  if (locale === 'zh-CN') return text;
  return TERMS[text]?.[locale] ?? text;
}
