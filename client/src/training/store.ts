import { defineStore } from 'pinia';
import { computed, reactive, ref, toRaw } from 'vue';
import type { CourseSeats, RegistrationPromoted } from '@shared/training/events';
import { TrainingEvents } from '@shared/training/events';
import {
  CourseListSchema,
  CourseSchema,
  MyRegistrationListSchema,
  type Course,
  type MyRegistration,
} from '@shared/training/course-schemas';
import { useAuthStore } from '@client/accounts/store';
import { ApiError, apiFetch } from '@client/shell/api';
import { onOutboxResult, useOutbox } from '@client/shell/outbox';
import { onEvent } from '@client/shell/realtime';
import { readMeta, saveCatalogue, trainingDb } from './db';
import { createHeardSeats } from './heard-seats';
import { outcomeOfResponse, type RegisterOutcome } from './outcome';
import { titleOf, toastPromotion } from './promotion';

export const REGISTER_KIND = 'training.register';

/** How fresh the data on screen is: `updatedAt` of the copy shown, `failed` when the server could not be asked. */
interface Freshness {
  updatedAt: string | null;
  failed: boolean;
  loaded: boolean;
}

/** JSON-safe copies for IndexedDB: Vue proxies cannot be cloned into it. */
const plain = <T>(value: T): T => structuredClone(toRaw(value));

export const useTrainingStore = defineStore('training', () => {
  const auth = useAuthStore();
  const outbox = useOutbox();

  const courses = ref<Course[]>([]);
  const catalogue = reactive<Freshness>({ updatedAt: null, failed: false, loaded: false });
  const mine = ref<MyRegistration[]>([]);
  const mineFreshness = reactive<Freshness & { userId: string | null }>({
    updatedAt: null,
    failed: false,
    loaded: false,
    userId: null,
  });
  /** The last registration attempt per course (by outbox item), and what came of it. */
  const attempts = reactive<Record<string, { itemId: string; title: string; outcome: RegisterOutcome }>>({});
  /** Promotions that arrived live during this visit, newest first. */
  const promotions = ref<RegistrationPromoted[]>([]);

  const pending = computed(() => outbox.items.value.filter((item) => item.kind === REGISTER_KIND));

  function course(code: string): Course | undefined {
    return courses.value.find((c) => c.code === code);
  }

  /** Live counts newer than a server answer still on its way keep their place when it arrives. */
  const heardSeats = createHeardSeats();

  function upsert(fresh: Course): void {
    const index = courses.value.findIndex((c) => c.code === fresh.code);
    if (index >= 0) courses.value[index] = fresh;
    else courses.value.push(fresh);
  }

  /** Shows the copy on the device at once, while the server is asked (in parallel: not after). */
  async function loadCatalogue(): Promise<void> {
    const askedAt = heardSeats.mark();
    const asked = apiFetch('/api/courses', { schema: CourseListSchema });
    asked.catch(() => undefined); // handled below, after the device's copy is shown
    if (!catalogue.loaded) {
      const [cached, at] = await Promise.all([
        trainingDb().then((db) => db.getAll('courses')),
        readMeta<string>('catalogue.updatedAt'),
      ]);
      if (!courses.value.length)
        courses.value = cached.sort((a, b) => a.registrationClosesAt.localeCompare(b.registrationClosesAt));
      catalogue.updatedAt ??= at ?? null;
    }
    try {
      const fresh = (await asked).map((c) => heardSeats.since(askedAt, c));
      const at = new Date().toISOString();
      // Kept for offline before shown: once the cards are on screen, they are on the device too,
      // even if the app is closed at once (a browser journey caught that gap when shown first).
      await saveCatalogue(fresh, at).catch(() => undefined);
      courses.value = fresh;
      Object.assign(catalogue, { updatedAt: at, failed: false });
    } catch {
      catalogue.failed = true;
    } finally {
      catalogue.loaded = true;
    }
  }

  /** One course: from memory or the device first, then the server. Throws ApiError 404 for an unknown code. */
  async function loadCourse(code: string): Promise<void> {
    if (!course(code)) {
      const cached = await (await trainingDb()).get('courses', code);
      if (cached) upsert(cached);
    }
    try {
      const askedAt = heardSeats.mark();
      const answer = await apiFetch(`/api/courses/${encodeURIComponent(code)}`, { schema: CourseSchema });
      const fresh = heardSeats.since(askedAt, answer);
      upsert(fresh);
      await trainingDb()
        .then((db) => db.put('courses', plain(fresh)))
        .catch(() => undefined);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) throw error;
    }
  }

  function applySeats(seats: CourseSeats): void {
    heardSeats.hear(seats);
    const target = course(seats.code);
    if (target)
      Object.assign(target, { confirmed: seats.confirmed, waitlisted: seats.waitlisted, seatsLeft: seats.seatsLeft });
  }

  /** My registrations, kept per user on the device. */
  async function loadMine(): Promise<void> {
    const userId = auth.me?.id ?? null;
    if (mineFreshness.userId !== userId) {
      const cached = userId ? await (await trainingDb()).get('mine', userId) : undefined;
      mine.value = cached?.items ?? [];
      Object.assign(mineFreshness, { userId, updatedAt: cached?.updatedAt ?? null, loaded: false });
    }
    if (!userId) return;
    try {
      const fresh = await apiFetch('/api/me/registrations', { schema: MyRegistrationListSchema });
      const updatedAt = new Date().toISOString();
      await trainingDb()
        .then((db) => db.put('mine', { userId, items: fresh, updatedAt }))
        .catch(() => undefined);
      if (auth.me?.id !== userId) return;
      mine.value = fresh;
      Object.assign(mineFreshness, { updatedAt, failed: false });
    } catch {
      mineFreshness.failed = true;
    } finally {
      mineFreshness.loaded = true;
    }
  }

  /** Online or not, a registration goes through the outbox: one path, sent exactly once. */
  async function register(target: Course, title: string): Promise<void> {
    const item = await outbox.enqueue({
      kind: REGISTER_KIND,
      method: 'POST',
      url: `/api/courses/${encodeURIComponent(target.code)}/registrations`,
      body: {},
      meta: { courseCode: target.code, title },
    });
    // The answer may already have arrived while enqueue() was flushing.
    if (attempts[target.code]?.itemId !== item.id) {
      attempts[target.code] = {
        itemId: item.id,
        title,
        outcome: { kind: navigator.onLine ? 'sending' : 'saved-offline' },
      };
    }
  }

  async function cancel(registration: MyRegistration): Promise<void> {
    await apiFetch(`/api/registrations/${encodeURIComponent(registration.id)}`, { method: 'DELETE' });
    mine.value = mine.value.filter((r) => r.id !== registration.id);
    delete attempts[registration.course];
    void loadMine();
  }

  let started = false;
  /** Listens for answers to saved registrations and for promotions; idempotent. */
  function start(): void {
    if (started) return;
    started = true;
    onOutboxResult(REGISTER_KIND, ({ item, status, body }) => {
      const code = typeof item.meta?.courseCode === 'string' ? item.meta.courseCode : undefined;
      const title = typeof item.meta?.title === 'string' ? item.meta.title : (code ?? '');
      if (code) attempts[code] = { itemId: item.id, title, outcome: outcomeOfResponse(status, body) };
      void loadMine();
      if (code) void loadCourse(code).catch(() => undefined);
    });
    onEvent<RegistrationPromoted>(TrainingEvents.registrationPromoted, (promotion) => {
      promotions.value = [promotion, ...promotions.value];
      const title = mine.value.find((r) => r.id === promotion.id)?.courseInfo.title ?? course(promotion.course)?.title;
      toastPromotion(promotion, titleOf(title));
      void loadMine();
    });
    onEvent<CourseSeats>(TrainingEvents.courseSeats, applySeats);
  }

  return {
    courses,
    catalogue,
    mine,
    mineFreshness,
    attempts,
    promotions,
    pending,
    course,
    loadCatalogue,
    loadCourse,
    loadMine,
    register,
    cancel,
    applySeats,
    start,
  };
});
