import { escapeHtml } from '../shell/boot-template.js';
import type { Locale } from './locale.js';

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

/**
 * The plan's own words, in each language: the app's messages (`showroom.guide.zone`, `.entrance`)
 * and the server's drawing of the plan for the guide's boot screen both take them from here.
 */
export const PLAN_LABELS: Record<Locale, { zone: string; entrance: string }> = {
  'zh-CN': { zone: '{zone} 区', entrance: '入口' },
  'zh-TW': { zone: '{zone} 區', entrance: '入口' },
  en: { zone: 'Zone {zone}', entrance: 'Entrance' },
};

/**
 * The plan as SVG markup, drawn as `ShowroomFloorPlan.vue` draws it (same geometry, same look in the
 * boot screen's CSS), for the server to send before the app's code. A picture only: the app's own
 * plan, which replaces it, is the one with a title and description for screen readers.
 */
export function floorPlanSvg(plan: FloorPlan, locale: Locale, highlight?: string): string {
  const labels = PLAN_LABELS[locale];
  const zones = plan.zones.map(
    (zone) =>
      `<text class="boot-plan__zone" x="12" y="${zone.labelY}">${escapeHtml(labels.zone.replace('{zone}', zone.zone))}</text>` +
      zone.booths
        .map(
          (booth) =>
            `<g class="boot-plan__booth${booth.merchantId === highlight ? ' boot-plan__booth--highlight' : ''}">` +
            `<rect x="${booth.x}" y="${booth.y}" width="${plan.boothWidth}" height="${plan.boothHeight}" rx="5"/>` +
            `<text x="${booth.x + plan.boothWidth / 2}" y="${booth.y + plan.boothHeight / 2 + 5}" text-anchor="middle">` +
            `${escapeHtml(booth.code)}</text></g>`,
        )
        .join(''),
  );
  return (
    `<svg class="boot-plan" viewBox="0 0 ${plan.width} ${plan.height}">` +
    `<rect class="boot-plan__floor" x="1" y="1" width="${plan.width - 2}" height="${plan.height - 2}" rx="8"/>` +
    zones.join('') +
    `<text class="boot-plan__entrance" x="${plan.width / 2}" y="${plan.entranceY}" text-anchor="middle">` +
    `▲ ${escapeHtml(labels.entrance)}</text></svg>`
  );
}

/** What the boot screen's plan looks like: `ShowroomFloorPlan.vue`'s styles. */
export const FLOOR_PLAN_CSS =
  '.boot-plan{display:block;width:100%;max-width:420px;height:auto;margin:0 auto 16px}' +
  '.boot-plan__floor{fill:#f4f7f8;stroke:#9fb2b8;stroke-width:2}' +
  '.boot-plan__zone{font-size:12px;font-weight:600;fill:#33454a}' +
  '.boot-plan__booth rect{fill:#fff;stroke:#6c8389;stroke-width:1.5}' +
  '.boot-plan__booth text{font-size:12px;fill:#1f2a2d}' +
  '.boot-plan__booth--highlight rect{fill:#0b4f63;stroke:#f5a623;stroke-width:4}' +
  '.boot-plan__booth--highlight text{fill:#fff;font-weight:700}' +
  '.boot-plan__entrance{font-size:11px;fill:#4a5a5e}';
