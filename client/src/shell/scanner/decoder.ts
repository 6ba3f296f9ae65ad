/**
 * The barcode decoder: the `barcode-detector` ponyfill over ZXing's WebAssembly build. Only
 * useScanner imports this module, and only dynamically, so the ~1 MB decoder is fetched on the
 * scan page and nowhere else.
 */
import { BarcodeDetector, prepareZXingModule, purgeZXingModule, type BarcodeFormat } from 'barcode-detector/ponyfill';
// The .wasm of the zxing-wasm version barcode-detector pins, emitted by Vite as one of our assets and
// precached by the service worker. Left alone, the ponyfill fetches it from a public CDN: no scanning offline.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

export type { BarcodeFormat, DetectedBarcode } from 'barcode-detector/ponyfill';

const overrides = {
  locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
};

let ready: Promise<void> | undefined;

/** Fetches and compiles the decoder once; a failure (offline before it was cached) may be retried later. */
export function loadDecoder(): Promise<void> {
  ready ??= prepareZXingModule({ overrides, fireImmediately: true }).then(
    () => undefined,
    (error: unknown) => {
      // The ponyfill caches the failed module; forget it so the next attempt fetches again.
      purgeZXingModule();
      ready = undefined;
      throw error;
    },
  );
  return ready;
}

export interface Detector {
  detect(frame: ImageData): Promise<{ rawValue: string; format: string }[]>;
}

/** A detector for these formats only: fewer formats, faster and fewer false reads. */
export async function createDetector(formats: readonly BarcodeFormat[]): Promise<Detector> {
  await loadDecoder();
  return new BarcodeDetector({ formats: [...formats] });
}
