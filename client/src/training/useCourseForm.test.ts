import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@client/i18n/locales';
import { CourseInputSchema } from '@shared/training/schemas';
import { setLocale } from '@client/i18n';
import { aCourse } from './fixtures.test-support';
import { useCourseForm } from './useCourseForm';
import { loadTrainingMessages } from './load-messages';

const fetchMock = vi.fn<typeof fetch>();
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('course form', () => {
  beforeAll(() => loadTrainingMessages(LOCALES));
  beforeEach(() => {
    setLocale('en');
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('a blank new course is not sent; each wrong field gets a message in the reader’s language', async () => {
    const form = useCourseForm();

    expect(await form.save()).toBeNull();

    expect(fetchMock).not.toHaveBeenCalled();
    expect(form.errors.value.code).toBe('Please fill this in');
    expect(form.errors.value['title.en']).toBe('Please fill this in');
    expect(form.errors.value['sessions.0.startsAt']).toBe('Please fill this in');
    // Not "must end after it starts" while the times are missing.
    expect(form.errors.value.sessions).toBeUndefined();
  });

  it('a code in the wrong shape says so', async () => {
    const form = useCourseForm();
    form.reset(aCourse());
    form.draft.code = 'Not A Code';

    expect(await form.save()).toBeNull();
    expect(form.errors.value.code).toBe('This is not in the right format');
  });

  it('a session that ends before it starts is refused on the device', async () => {
    const form = useCourseForm();
    form.reset(aCourse());
    form.draft.sessions = [{ startsAt: '2026-12-07T16:00', endsAt: '2026-12-07T09:00' }];

    expect(await form.save()).toBeNull();
    expect(form.errors.value.sessions).toBe('Each session must end after it starts');
  });

  it('a valid new course is posted as the shared schema wants it, times in China time', async () => {
    fetchMock.mockResolvedValue(json(aCourse({ code: 'ce-new-1' }), 201));
    const form = useCourseForm();
    form.reset(aCourse());
    form.draft.code = 'ce-new-1';

    const saved = await form.save();

    expect(saved?.code).toBe('ce-new-1');
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(CourseInputSchema.safeParse(body).success).toBe(true);
    expect(body.registrationClosesAt).toBe('2026-12-05T09:00:00+08:00');
    expect(body.sessions[0]).toEqual({ startsAt: '2026-12-07T09:00:00+08:00', endsAt: '2026-12-07T16:30:00+08:00' });
  });

  it('editing sends only what changed, by PATCH', async () => {
    const original = aCourse();
    fetchMock.mockResolvedValue(json({ ...original, capacity: 50 }));
    const form = useCourseForm(() => original);
    form.reset(original);
    form.draft.capacity = 50;

    await form.save();

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/courses/ce-ops-101');
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ capacity: 50 });
  });
});
