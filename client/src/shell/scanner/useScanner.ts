import { getCurrentScope, onScopeDispose, readonly, ref, shallowRef, type Ref } from 'vue';
import type { BarcodeFormat, Detector } from './decoder';
import { createFrameGrabber } from './frame-grabber';
import { createHitFilter } from './hit-filter';

export type { BarcodeFormat } from './decoder';

/**
 * idle: camera off · starting: asking for the camera and loading the decoder · scanning ·
 * denied: the user or a policy refused the camera · unavailable: no camera, or it is busy ·
 * error: the decoder could not load or the camera failed otherwise.
 */
export type ScannerStatus = 'idle' | 'starting' | 'scanning' | 'denied' | 'unavailable' | 'error';

export interface ScanHit {
  rawValue: string;
  /** BarcodeDetector format name, e.g. `ean_13`, `qr_code`, `data_matrix`. */
  format: string;
}

export interface ScannerOptions {
  /** Only these symbologies are decoded (the showroom: ean_13, qr_code, data_matrix; check-in: qr_code). */
  formats: readonly BarcodeFormat[];
  onDetect: (hit: ScanHit) => void;
  /** Decodes per second, at most 15. */
  maxFps?: number;
  /** Frames are downscaled to this many pixels on their longer side. */
  maxSide?: number;
  /** A code still in view is announced again only after it was absent this long. */
  absenceMs?: number;
}

interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}

function statusOfCameraError(error: unknown): ScannerStatus {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (['NotFoundError', 'OverconstrainedError', 'NotReadableError', 'AbortError'].includes(name)) return 'unavailable';
  return 'error';
}

/**
 * The camera scanner: back camera, decoding at most 15 frames a second, one at a time, frames
 * downscaled to ≤ 960 px. On a new code: vibrate, bump `flash`, call `onDetect`. The decoder is
 * imported on the first `start()`, never before. Call `stop()` when the page is left.
 */
export function useScanner(video: Readonly<Ref<HTMLVideoElement | null | undefined>>, options: ScannerOptions) {
  const status = ref<ScannerStatus>('idle');
  const torchSupported = ref(false);
  const torchOn = ref(false);
  const flash = ref(0);
  const lastHit = shallowRef<ScanHit>();

  const interval = 1000 / Math.min(options.maxFps ?? 15, 15);
  const grab = createFrameGrabber(options.maxSide ?? 960);
  const hits = createHitFilter(options.absenceMs ?? 1500);
  let stream: MediaStream | undefined;
  let detector: Detector | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the camera last stopped while scanning: the pause is not absence (see HitFilter.shift). */
  let pausedAt: number | undefined;
  // Each start() gets a number: an older start that is still awaiting must not take over.
  let session = 0;

  function announce(found: { rawValue: string; format: string }[], now: number): void {
    const fresh = hits.next(
      found.map((b) => b.rawValue),
      now,
    );
    for (const rawValue of fresh) {
      const hit = { rawValue, format: found.find((b) => b.rawValue === rawValue)?.format ?? 'unknown' };
      lastHit.value = hit;
      flash.value += 1;
      navigator.vibrate?.(80);
      options.onDetect(hit);
    }
  }

  async function tick(mine: number): Promise<void> {
    timer = undefined;
    const started = performance.now();
    const frame = video.value && detector ? grab(video.value) : undefined;
    if (frame && detector) {
      try {
        const found = await detector.detect(frame);
        if (mine === session) announce(found, performance.now());
      } catch {
        // One unreadable frame is no reason to stop; the next one gets its chance.
      }
    }
    // The next decode starts after this one ended: never two at once, never more than maxFps.
    if (mine === session)
      timer = setTimeout(() => void tick(mine), Math.max(0, interval - (performance.now() - started)));
  }

  function releaseCamera(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    stream?.getTracks().forEach((track) => track.stop());
    stream = undefined;
    if (video.value) video.value.srcObject = null;
    torchSupported.value = false;
    torchOn.value = false;
  }

  async function start(): Promise<void> {
    const mine = ++session;
    releaseCamera();
    if (pausedAt !== undefined) hits.shift(performance.now() - pausedAt);
    pausedAt = undefined;
    status.value = 'starting';
    if (!navigator.mediaDevices?.getUserMedia) {
      status.value = 'unavailable';
      return;
    }
    // Fetch the decoder while the user answers the camera prompt.
    const decoder = import('./decoder').then((m) => m.createDetector(options.formats));
    decoder.catch(() => undefined);
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      if (mine === session) status.value = statusOfCameraError(error);
      return;
    }
    if (mine !== session) return media.getTracks().forEach((track) => track.stop());
    stream = media;
    try {
      const element = video.value;
      if (element) {
        element.srcObject = media;
        await element.play();
      }
      detector = await decoder;
    } catch {
      if (mine === session) {
        releaseCamera();
        status.value = 'error';
      }
      return;
    }
    if (mine !== session) return;
    const [track] = media.getVideoTracks();
    torchSupported.value = Boolean((track?.getCapabilities?.() as TorchCapabilities | undefined)?.torch);
    status.value = 'scanning';
    void tick(mine);
  }

  function stop(): void {
    if (status.value === 'scanning') pausedAt = performance.now();
    session += 1;
    releaseCamera();
    status.value = 'idle';
  }

  async function toggleTorch(): Promise<void> {
    const [track] = stream?.getVideoTracks() ?? [];
    if (!track || !torchSupported.value) return;
    const wanted = !torchOn.value;
    try {
      await track.applyConstraints({ advanced: [{ torch: wanted } as MediaTrackConstraintSet] });
      torchOn.value = wanted;
    } catch {
      torchSupported.value = false;
    }
  }

  if (getCurrentScope()) onScopeDispose(stop);

  return {
    status: readonly(status),
    torchSupported: readonly(torchSupported),
    torchOn: readonly(torchOn),
    /** Increases on every announced code: watch it to flash the viewfinder. */
    flash: readonly(flash),
    lastHit: readonly(lastHit),
    start,
    stop,
    toggleTorch,
  };
}

export type Scanner = ReturnType<typeof useScanner>;
