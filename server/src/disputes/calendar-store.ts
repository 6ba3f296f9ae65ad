import { createWorkingCalendar, type CalendarOverride, type WorkingCalendar } from '@shared/disputes/working-days.js';
import { CalendarOverrideRecord } from './models.js';

/**
 * The working-day calendar with the admins' overrides, kept in memory: every deadline on every queue
 * line is computed from it. Reloaded after a change here, and every minute for changes made by
 * another server instance.
 */
const RELOAD_EVERY_MS = 60_000;
let cached: { calendar: WorkingCalendar; overrides: CalendarOverride[]; loadedAt: number } | undefined;

export async function listOverrides(): Promise<CalendarOverride[]> {
  const docs = await CalendarOverrideRecord.find({}).sort({ date: 1 }).lean();
  return docs.map((d) => ({ date: d.date, kind: d.kind, name: d.name }));
}

export async function currentCalendar(): Promise<WorkingCalendar> {
  if (!cached || Date.now() - cached.loadedAt > RELOAD_EVERY_MS) {
    const overrides = await listOverrides();
    cached = { calendar: createWorkingCalendar(overrides), overrides, loadedAt: Date.now() };
  }
  return cached.calendar;
}

/** Adds or replaces the override of a day; answers whether one was replaced. */
export async function setOverride(
  override: CalendarOverride,
  by: string,
  at: Date,
): Promise<{ replaced: CalendarOverride | null }> {
  const earlier = await CalendarOverrideRecord.findOne({ date: override.date }).lean();
  if (earlier)
    await CalendarOverrideRecord.updateOne(
      { date: override.date },
      { $set: { kind: override.kind, name: override.name, setBy: by, setAt: at } },
    );
  else await CalendarOverrideRecord.create({ ...override, setBy: by, setAt: at });
  cached = undefined;
  return { replaced: earlier ? { date: earlier.date, kind: earlier.kind, name: earlier.name } : null };
}

export async function removeOverride(date: string): Promise<CalendarOverride | null> {
  const earlier = await CalendarOverrideRecord.findOneAndDelete({ date }).lean();
  cached = undefined;
  return earlier ? { date: earlier.date, kind: earlier.kind, name: earlier.name } : null;
}
