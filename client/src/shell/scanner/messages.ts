import { defineMessages } from '@client/i18n/define';
import { i18n } from '@client/i18n';
import { LOCALES } from '@client/i18n/locales';

/**
 * The scanner's texts, under `scanner.`. They load with the scanner (lazily) instead of with the
 * app shell, so they cost the first page nothing.
 */
export const scannerMessages = defineMessages({
  'zh-CN': {
    region: '扫码',
    video: '摄像头画面',
    starting: '正在打开摄像头…',
    scanning: '请把条码或二维码放进取景框内',
    found: '已识别：{code}',
    idle: '摄像头已关闭',
    denied: '无法使用摄像头：权限被拒绝。你可以在下方手动输入条码；如需扫码，请在浏览器设置中允许本网站使用摄像头。',
    unavailable: '没有可用的摄像头（或摄像头正被其他应用占用）。请在下方手动输入条码。',
    error: '扫码功能没能启动。请在下方手动输入条码。',
    torch: '手电筒',
  },
  'zh-TW': {
    region: '掃碼',
    video: '相機畫面',
    starting: '正在開啟相機…',
    scanning: '請把條碼或 QR 碼放進取景框內',
    found: '已辨識：{code}',
    idle: '相機已關閉',
    denied: '無法使用相機：權限被拒絕。你可以在下方手動輸入條碼；如需掃碼，請在瀏覽器設定中允許本網站使用相機。',
    unavailable: '沒有可用的相機（或相機正被其他應用程式占用）。請在下方手動輸入條碼。',
    error: '掃碼功能未能啟動。請在下方手動輸入條碼。',
    torch: '手電筒',
  },
  en: {
    region: 'Scanner',
    video: 'Camera view',
    starting: 'Opening the camera…',
    scanning: 'Hold the barcode or QR code inside the frame',
    found: 'Read: {code}',
    idle: 'The camera is off',
    denied:
      'The camera is not allowed. You can type the code below; to scan, allow this site to use the camera in your browser settings.',
    unavailable: 'No camera is available (or another app is using it). Type the code below instead.',
    error: 'The scanner could not start. Type the code below instead.',
    torch: 'Torch',
  },
});

let registered = false;

export function registerScannerMessages(): void {
  if (registered) return;
  registered = true;
  for (const locale of LOCALES) i18n.global.mergeLocaleMessage(locale, { scanner: scannerMessages[locale] });
}
