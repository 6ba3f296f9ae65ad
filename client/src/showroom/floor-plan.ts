/**
 * A floor plan drawn from the merchants' booth codes alone: `A-101` is booth 101 of zone A. Zones
 * become rows (wrapping after a few booths, so the plan stays legible on a 320 px screen), booths
 * are ordered by number. Codes that do not follow the pattern go to a last zone, "?".
 */
export interface PlanBooth {
  code: string;
  merchantId: string;
  x: number;
  y: number;
}

export interface PlanZone {
  zone: string;
  labelY: number;
  booths: PlanBooth[];
}

export interface FloorPlan {
  zones: PlanZone[];
  width: number;
  height: number;
  boothWidth: number;
  boothHeight: number;
  /** The entrance, below the last zone. */
  entranceY: number;
}

const PATTERN = /^([A-Za-z]+)-?(\d+)$/;
const PER_ROW = 4;
const MARGIN = 12;
const BOOTH_W = 64;
const BOOTH_H = 40;
const GAP = 8;
const LABEL_H = 22;
const AISLE = 14;

export function floorPlan(merchants: readonly { id: string; booth: string }[]): FloorPlan {
  const groups = new Map<string, { code: string; number: number; merchantId: string }[]>();
  for (const { id, booth } of merchants) {
    const match = PATTERN.exec(booth.trim());
    const zone = match?.[1]?.toUpperCase() ?? '?';
    const list = groups.get(zone) ?? [];
    list.push({ code: booth.trim(), number: Number(match?.[2] ?? Number.MAX_SAFE_INTEGER), merchantId: id });
    groups.set(zone, list);
  }
  const names = [...groups.keys()].sort((a, b) => (a === '?' ? 1 : b === '?' ? -1 : a.localeCompare(b)));
  let y = MARGIN;
  let widest = 1;
  const zones = names.map((zone) => {
    const booths = (groups.get(zone) ?? []).sort((a, b) => a.number - b.number || a.code.localeCompare(b.code));
    const labelY = y + 14;
    y += LABEL_H;
    const placed = booths.map((booth, index) => {
      const column = index % PER_ROW;
      const row = Math.floor(index / PER_ROW);
      widest = Math.max(widest, column + 1);
      return {
        code: booth.code,
        merchantId: booth.merchantId,
        x: MARGIN + column * (BOOTH_W + GAP),
        y: y + row * (BOOTH_H + GAP),
      };
    });
    y += Math.ceil(booths.length / PER_ROW) * (BOOTH_H + GAP) - GAP + AISLE;
    return { zone, labelY, booths: placed };
  });
  const width = MARGIN * 2 + widest * BOOTH_W + (widest - 1) * GAP;
  return { zones, width, height: y + 28, boothWidth: BOOTH_W, boothHeight: BOOTH_H, entranceY: y + 16 };
}
