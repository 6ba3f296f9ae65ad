/**
 * Copies the current video frame, downscaled so its longer side is at most `maxSide` pixels:
 * decoding a 1080p frame costs four times a 960 px one and reads barcodes no better.
 */
export type FrameGrabber = (video: HTMLVideoElement) => ImageData | undefined;

type Context2d = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function makeContext(width: number, height: number): Context2d | null {
  // An OffscreenCanvas never touches the DOM; older Safari only has <canvas>.
  if (typeof OffscreenCanvas === 'function') {
    return new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d', { willReadFrequently: true });
}

export function createFrameGrabber(maxSide = 960): FrameGrabber {
  let context: Context2d | null = null;
  return (video) => {
    const { videoWidth, videoHeight } = video;
    if (!videoWidth || !videoHeight || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return undefined;
    const scale = Math.min(1, maxSide / Math.max(videoWidth, videoHeight));
    const width = Math.round(videoWidth * scale);
    const height = Math.round(videoHeight * scale);
    if (!context || context.canvas.width !== width || context.canvas.height !== height) {
      context = makeContext(width, height);
    }
    if (!context) return undefined;
    context.drawImage(video, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  };
}
