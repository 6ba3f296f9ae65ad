/**
 * Decides which decoded codes to announce. A code is announced when it comes into view and again
 * only after it has been out of view for `absenceMs`: holding a pack in front of the camera must
 * not fire the same scan fifteen times a second.
 */
export interface HitFilter {
  /** The codes decoded in one frame at time `now` (ms); returns those to announce. */
  next(codes: readonly string[], now: number): string[];
  /**
   * The camera was off for `ms`: that time does not count as absence, so a code still in front of
   * the camera when it comes back (the shopper returned from the product page) is not announced again.
   */
  shift(ms: number): void;
  reset(): void;
}

export function createHitFilter(absenceMs = 1500): HitFilter {
  const lastSeen = new Map<string, number>();
  return {
    next(codes, now) {
      const fresh: string[] = [];
      for (const code of new Set(codes)) {
        const seen = lastSeen.get(code);
        if (seen === undefined || now - seen > absenceMs) fresh.push(code);
        lastSeen.set(code, now);
      }
      for (const [code, seen] of lastSeen) if (now - seen > absenceMs) lastSeen.delete(code);
      return fresh;
    },
    shift(ms) {
      for (const [code, seen] of lastSeen) lastSeen.set(code, seen + ms);
    },
    reset() {
      lastSeen.clear();
    },
  };
}
