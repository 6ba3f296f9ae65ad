/** Runs `callback` once the next frame has been drawn: for work that must not delay what is shown first. */
export const afterNextPaint = (callback: () => void): void => {
  requestAnimationFrame(() => setTimeout(callback));
};
