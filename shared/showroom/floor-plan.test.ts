import { describe, expect, it } from 'vitest';
import { floorPlan } from './floor-plan';

const merchants = [
  { id: 'm-steppe', booth: 'C-318' },
  { id: 'm-tasman', booth: 'A-101' },
  { id: 'm-seoul', booth: 'B-203' },
  { id: 'm-euro', booth: 'A-115' },
  { id: 'm-odd', booth: 'Kiosk' },
];

describe('the floor plan drawn from booth codes', () => {
  it('puts each zone on its own row, booths ordered by number, odd codes last', () => {
    const plan = floorPlan(merchants);

    expect(plan.zones.map((z) => [z.zone, z.booths.map((b) => b.code)])).toEqual([
      ['A', ['A-101', 'A-115']],
      ['B', ['B-203']],
      ['C', ['C-318']],
      ['?', ['Kiosk']],
    ]);
  });

  it('keeps booths apart and inside the plan', () => {
    const plan = floorPlan(merchants);
    const booths = plan.zones.flatMap((z) => z.booths);

    for (const booth of booths) {
      expect(booth.x + plan.boothWidth).toBeLessThanOrEqual(plan.width);
      expect(booth.y + plan.boothHeight).toBeLessThanOrEqual(plan.height);
    }
    const [a101, a115] = booths;
    expect((a115?.x ?? 0) - (a101?.x ?? 0)).toBeGreaterThanOrEqual(plan.boothWidth);
  });

  it('wraps a long zone so the plan stays narrow enough for a phone', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `m${i}`, booth: `A-${101 + i}` }));

    const plan = floorPlan(many);

    expect(new Set(plan.zones[0]?.booths.map((b) => b.x)).size).toBe(4);
    expect(plan.width).toBeLessThan(320);
  });
});
