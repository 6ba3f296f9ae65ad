import { computed, reactive, ref } from 'vue';
import type { z } from 'zod';
import { CourseInputSchema, CourseSchema, CourseUpdateSchema, type Course } from '@shared/training/schemas';
import { i18n } from '@client/i18n';
import { ApiError, apiFetch } from '@client/shell/api';
import { fromLocalInput, toLocalInput } from './format';

export interface CourseDraft {
  code: string;
  title: { 'zh-CN': string; 'zh-TW': string; en: string };
  category: Course['category'];
  venue: string;
  county: string;
  capacity: number | null;
  feeCny: number | null;
  subsidyEligible: boolean;
  /** `datetime-local` values in China time. */
  registrationClosesAt: string;
  sessions: { startsAt: string; endsAt: string }[];
}

const blankDraft = (): CourseDraft => ({
  code: '',
  title: { 'zh-CN': '', 'zh-TW': '', en: '' },
  category: 'operations',
  venue: '',
  county: '',
  capacity: 30,
  feeCny: 0,
  subsidyEligible: false,
  registrationClosesAt: '',
  sessions: [{ startsAt: '', endsAt: '' }],
});

export function draftOf(course: Course): CourseDraft {
  return {
    code: course.code,
    title: { ...course.title },
    category: course.category,
    venue: course.venue,
    county: course.county,
    capacity: course.capacity,
    feeCny: course.feeCny,
    subsidyEligible: course.subsidyEligible,
    registrationClosesAt: toLocalInput(course.registrationClosesAt),
    sessions: course.sessions.map((s) => ({ startsAt: toLocalInput(s.startsAt), endsAt: toLocalInput(s.endsAt) })),
  };
}

/** A zod issue as a sentence in the reader's language (the schema's own messages are English). */
export function issueText(issue: z.core.$ZodIssue): string {
  const t = i18n.global.t;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t('training.edit.errors.required');
      if (issue.origin === 'array') return t('training.edit.errors.oneSession');
      return t('training.edit.errors.min', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('training.edit.errors.tooLong', { max: String(issue.maximum) });
      return t('training.edit.errors.max', { max: String(issue.maximum) });
    case 'invalid_format':
      return t('training.edit.errors.format');
    case 'custom':
      return t('training.edit.errors.order');
    default:
      return t('training.edit.errors.required');
  }
}

/** Create (no `original`) or edit a course; validated on the device with the server's own schemas. */
export function useCourseForm(original?: () => Course | undefined) {
  const draft = reactive<CourseDraft>(blankDraft());
  const errors = ref<Record<string, string>>({});
  const serverError = ref('');
  const saving = ref(false);
  const editing = computed(() => !!original?.());

  function reset(course?: Course): void {
    Object.assign(draft, course ? draftOf(course) : blankDraft());
    errors.value = {};
    serverError.value = '';
  }

  function input() {
    return {
      ...draft,
      title: { ...draft.title },
      capacity: draft.capacity ?? Number.NaN,
      feeCny: draft.feeCny ?? Number.NaN,
      registrationClosesAt: fromLocalInput(draft.registrationClosesAt),
      sessions: draft.sessions.map((s) => ({ startsAt: fromLocalInput(s.startsAt), endsAt: fromLocalInput(s.endsAt) })),
    };
  }

  /** Only the fields that may change after creation, and only those that did. */
  function changes(before: Course): Record<string, unknown> {
    const next = input();
    const candidate: Record<string, unknown> = {
      title: next.title,
      venue: next.venue,
      capacity: next.capacity,
      feeCny: next.feeCny,
      subsidyEligible: next.subsidyEligible,
      registrationClosesAt: next.registrationClosesAt,
    };
    const was: Record<string, unknown> = {
      ...before,
      registrationClosesAt: fromLocalInput(toLocalInput(before.registrationClosesAt)),
    };
    return Object.fromEntries(
      Object.entries(candidate).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(was[key])),
    );
  }

  function fail(issues: z.core.$ZodIssue[], sent: unknown): null {
    const valueAt = (path: PropertyKey[]) =>
      path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], sent);
    const found: Record<string, string> = {};
    for (const issue of issues) {
      const key = issue.path.join('.');
      // An empty field is "missing", whatever rule it broke first; the first message per field wins.
      found[key] ??= valueAt(issue.path) === '' ? i18n.global.t('training.edit.errors.required') : issueText(issue);
    }
    // "Must end after it starts" means nothing while a session's times are still missing.
    if (Object.keys(found).some((key) => key.startsWith('sessions.'))) delete found.sessions;
    errors.value = found;
    return null;
  }

  /** Validates and saves; resolves with the saved course, or null when the form has errors. */
  async function save(): Promise<Course | null> {
    errors.value = {};
    serverError.value = '';
    const before = original?.();
    const changed = before ? changes(before) : {};
    if (before && Object.keys(changed).length === 0) return before;
    const sent = before ? changed : input();
    const parsed = before ? CourseUpdateSchema.safeParse(sent) : CourseInputSchema.safeParse(sent);
    if (!parsed.success) return fail(parsed.error.issues, sent);
    saving.value = true;
    try {
      return before
        ? await apiFetch(`/api/courses/${encodeURIComponent(before.code)}`, {
            method: 'PATCH',
            body: parsed.data,
            schema: CourseSchema,
          })
        : await apiFetch('/api/courses', { method: 'POST', body: parsed.data, schema: CourseSchema });
    } catch (error) {
      serverError.value = error instanceof ApiError ? error.message : i18n.global.t('shell.errors.unexpected');
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { draft, errors, serverError, saving, editing, reset, save };
}
