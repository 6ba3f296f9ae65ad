import { describe, expect, it } from 'vitest';
import { emptyFilter, matchesFilter } from './catalogue-filter';
import { aCourse } from './fixtures.test-support';

describe('catalogue filter', () => {
  const course = aCourse();
  const filter = (changes: Partial<ReturnType<typeof emptyFilter>>) => ({ ...emptyFilter(), ...changes });

  it.each(['店铺运营', '店鋪運營', 'MARKETPLACE'])('finds the course by its title in any language: %s', (q) => {
    expect(matchesFilter(course, filter({ q }))).toBe(true);
  });

  it('filters by category, county and seats left', () => {
    expect(matchesFilter(course, filter({ category: 'customs' }))).toBe(false);
    expect(matchesFilter(course, filter({ county: '云冈区' }))).toBe(false);
    expect(matchesFilter(aCourse({ seatsLeft: 0 }), filter({ seatsLeft: true }))).toBe(false);
    expect(matchesFilter(course, filter({ category: 'operations', county: '平城区', seatsLeft: true }))).toBe(true);
  });

  it('compares dates by the China calendar day of the sessions', () => {
    // The first session starts at 2026-12-07 09:00 in China.
    expect(matchesFilter(course, filter({ from: '2026-12-08' }))).toBe(true);
    expect(matchesFilter(course, filter({ from: '2026-12-09' }))).toBe(false);
    expect(matchesFilter(course, filter({ to: '2026-12-07' }))).toBe(true);
    expect(matchesFilter(course, filter({ to: '2026-12-06' }))).toBe(false);
  });
});
