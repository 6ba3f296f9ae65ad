import type { Locale } from '@shared/showroom/locale.js';
import type { Dashboard } from '@shared/statistics/schemas.js';
import { currentCalendar } from '../disputes/calendar-store.js';
import type { AppContext } from '../feature.js';
import { showroomOf } from '../showroom/showroom.js';
import { clearanceMix } from './clearance-mix.js';
import { loadComplaints } from './complaint-facts.js';
import { complaintStats } from './complaint-stats.js';
import { instantsOf, type DayRange } from './days.js';
import { loadScanCounts, scanStats } from './scans.js';
import { loadCourses, trainingStats } from './training-stats.js';

/** The officers' dashboard for a range: thin reads here, every number computed by a pure function. */
export async function dashboard(ctx: AppContext, range: DayRange, locale: Locale): Promise<Dashboard> {
  const now = ctx.now();
  const [snapshot, scanCounts, complaints, courses, calendar] = await Promise.all([
    showroomOf(ctx).current(),
    loadScanCounts(range),
    loadComplaints(instantsOf(range)),
    loadCourses(range),
    currentCalendar(),
  ]);
  return {
    range,
    generatedAt: now.toISOString(),
    scans: scanStats(range, scanCounts, (gtin) => snapshot.products.get(gtin)?.name[locale]),
    clearance: clearanceMix(snapshot, locale),
    complaints: complaintStats(complaints, {
      locale,
      merchantName: (id) => snapshot.merchants.get(id)?.name[locale],
      calendar,
      now,
    }),
    training: trainingStats(courses, locale, now),
  };
}
