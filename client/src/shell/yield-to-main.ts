type SchedulerWithYield = { yield(): Promise<void> };

/**
 * Lets the browser handle input and draw before the caller goes on. `scheduler.yield()` resumes
 * ahead of other queued tasks; where it is missing, a zero-delay timeout does the same more slowly.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
