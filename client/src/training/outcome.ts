import { RegistrationResultSchema, type RegistrationResult } from '@shared/training/course-schemas';

/** What the trainee is told after pressing Register, whichever way the request went. */
export type RegisterOutcome =
  | { kind: 'sending' }
  | { kind: 'saved-offline' }
  | { kind: 'confirmed'; seat: number }
  | { kind: 'waitlisted'; position: number }
  | { kind: 'closed' }
  | { kind: 'already' }
  | { kind: 'sign-in' }
  | { kind: 'failed'; message: string };

export function outcomeOfResult(result: RegistrationResult): RegisterOutcome {
  if (result.status === 'confirmed' && result.seat) return { kind: 'confirmed', seat: result.seat };
  if (result.status === 'waitlisted' && result.position) return { kind: 'waitlisted', position: result.position };
  return { kind: 'failed', message: '' };
}

function errorOf(body: unknown): { code?: string; message?: string } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {};
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
}

/** The server's answer to `POST /api/courses/:code/registrations` (sent now or replayed later by the outbox). */
export function outcomeOfResponse(status: number, body: unknown): RegisterOutcome {
  if (status >= 200 && status < 300) {
    const parsed = RegistrationResultSchema.safeParse(body);
    return parsed.success ? outcomeOfResult(parsed.data) : { kind: 'failed', message: '' };
  }
  const { code, message } = errorOf(body);
  if (code === 'registration_closed') return { kind: 'closed' };
  if (code === 'already_registered') return { kind: 'already' };
  if (status === 401) return { kind: 'sign-in' };
  return { kind: 'failed', message: message ?? '' };
}

/** The i18n key and its values for an outcome; `live` outcomes are announced politely, failures assertively. */
export function outcomeMessage(outcome: RegisterOutcome): { key: string; values: Record<string, string | number> } {
  switch (outcome.kind) {
    case 'confirmed':
      return { key: 'training.outcome.confirmed', values: { seat: outcome.seat } };
    case 'waitlisted':
      return { key: 'training.outcome.waitlisted', values: { position: outcome.position } };
    case 'failed':
      return outcome.message
        ? { key: 'training.outcome.failedWith', values: { message: outcome.message } }
        : { key: 'training.outcome.failed', values: {} };
    case 'saved-offline':
      return { key: 'training.outcome.savedOffline', values: {} };
    case 'sign-in':
      return { key: 'training.outcome.signIn', values: {} };
    default:
      return { key: `training.outcome.${outcome.kind}`, values: {} };
  }
}

export const isSuccess = (outcome: RegisterOutcome) => outcome.kind === 'confirmed' || outcome.kind === 'waitlisted';
