import { describe, expect, it } from 'vitest';
import { createHitFilter } from './hit-filter';

describe('which decoded codes the scanner announces', () => {
  it('announces a code the first time it is seen', () => {
    const hits = createHitFilter(1500);

    expect(hits.next(['9304967152415'], 0)).toEqual(['9304967152415']);
  });

  it('stays quiet while the same code stays in view, frame after frame', () => {
    const hits = createHitFilter(1500);
    hits.next(['9304967152415'], 0);

    const later = [66, 133, 1000, 2000, 3000].map((t) => hits.next(['9304967152415'], t));

    expect(later.flat()).toEqual([]);
  });

  it('announces it again once it has been out of view for longer than the absence time', () => {
    const hits = createHitFilter(1500);
    hits.next(['9304967152415'], 0);
    hits.next([], 500);

    expect(hits.next(['9304967152415'], 1400)).toEqual([]);
    expect(hits.next(['9304967152415'], 3000)).toEqual(['9304967152415']);
  });

  it('announces a second code in the same frame, once', () => {
    const hits = createHitFilter(1500);
    hits.next(['A'], 0);

    expect(hits.next(['A', 'B', 'B'], 100)).toEqual(['B']);
  });

  it('does not count time with the camera off as absence', () => {
    const hits = createHitFilter(1500);
    hits.next(['A'], 0);
    hits.shift(60_000);

    expect(hits.next(['A'], 60_500)).toEqual([]);
    expect(hits.next(['A', 'B'], 60_566)).toEqual(['B']);
  });

  it('forgets everything on reset, e.g. when the camera restarts', () => {
    const hits = createHitFilter(1500);
    hits.next(['A'], 0);
    hits.reset();

    expect(hits.next(['A'], 100)).toEqual(['A']);
  });
});
