import { ref, type Ref } from 'vue';
import type { z } from 'zod';
import { i18n } from '@client/i18n';
import { ApiError } from '@client/shell/api';

/**
 * Field errors in the user's language. The shared zod schemas (the same the server runs) decide
 * what is wrong; their English messages are replaced by ours, keyed by field and kind of problem.
 */
export type FieldErrors = Record<string, string>;

type Issue = { path: PropertyKey[]; code: string };

const byField: Record<string, (code: string) => string> = {
  phone: () => 'errors.phone',
  email: () => 'errors.email',
  login: () => 'errors.loginRequired',
  name: (code) => (code === 'too_big' ? 'errors.nameLong' : 'errors.nameRequired'),
  password: passwordKey,
  newPassword: passwordKey,
  currentPassword: () => 'errors.passwordRequired',
  consent: () => 'errors.consent',
  idNumber: () => 'errors.idNumber',
  employer: () => 'errors.employerLong',
  roles: () => 'errors.rolesRequired',
};

function passwordKey(code: string): string {
  if (code === 'too_big') return 'errors.passwordLong';
  return code === 'too_small' ? 'errors.passwordShort' : 'errors.passwordRequired';
}

/** The message for one problem with one field. */
export function messageFor(field: string, code: string, fallback: string): string {
  const key = byField[field]?.(code);
  return key ? i18n.global.t(`accounts.${key}`) : fallback;
}

export function issuesToErrors(issues: readonly (Issue & { message: string })[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= messageFor(field, issue.code, issue.message);
  }
  return errors;
}

/** Checks a form with a shared schema: the parsed body, or the field errors. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: issuesToErrors(result.error.issues) };
}

function retryAfterOf(details: unknown): number | undefined {
  if (typeof details === 'object' && details !== null && 'retryAfter' in details) {
    const value = (details as { retryAfter: unknown }).retryAfter;
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
}

function fieldOf(details: unknown): string | undefined {
  if (typeof details === 'object' && details !== null && 'field' in details) {
    const value = (details as { field: unknown }).field;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** The server's 400 details: `[{ path: 'body.phone', code, message }]`. */
function validationIssues(details: unknown): (Issue & { message: string })[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { path, code, message } = d as Record<string, unknown>;
    if (typeof path !== 'string') return [];
    return [{ path: path.split('.').slice(1), code: String(code ?? ''), message: String(message ?? '') }];
  });
}

export type ServerProblem = {
  /** Shown above the form (role="alert"). */
  message: string;
  /** Shown next to the fields. */
  fields: FieldErrors;
  /** For 429: seconds before trying again. */
  retryAfter?: number;
};

/** Turns a failed call into what the form shows: our wording for known codes, else the server's message. */
export function describeProblem(error: unknown, fieldAlias: Record<string, string> = {}): ServerProblem {
  const t = i18n.global.t;
  if (!(error instanceof ApiError)) return { message: t('shell.errors.unexpected'), fields: {} };
  const field = (name: string | undefined) => (name ? (fieldAlias[name] ?? name) : undefined);
  switch (error.code) {
    case 'network':
      return { message: t('accounts.errors.offline'), fields: {} };
    case 'invalid_credentials':
      return { message: t('accounts.errors.invalidCredentials'), fields: {} };
    case 'too_many_attempts': {
      const retryAfter = retryAfterOf(error.details) ?? 60;
      return { message: t('accounts.errors.tooManyAttempts', { seconds: retryAfter }), fields: {}, retryAfter };
    }
    case 'account_exists':
      return { message: t('accounts.errors.accountExists'), fields: {} };
    case 'weak_password': {
      const message = t('accounts.errors.weakPassword');
      return { message, fields: { [field(fieldOf(error.details)) ?? 'password']: message } };
    }
    case 'wrong_password': {
      const message = t('accounts.errors.wrongPassword');
      return { message, fields: { [field(fieldOf(error.details)) ?? 'password']: message } };
    }
    case 'validation_failed': {
      const fields = issuesToErrors(validationIssues(error.details));
      return { message: t('accounts.errors.title'), fields };
    }
    default:
      return { message: error.message, fields: {} };
  }
}

/** A form's error state: field errors, the message above the form, and a 429 countdown. */
export function useFormErrors(): {
  fields: Ref<FieldErrors>;
  message: Ref<string>;
  waitSeconds: Ref<number>;
  reset(): void;
  show(problem: ServerProblem): void;
} {
  const fields = ref<FieldErrors>({});
  const message = ref('');
  const waitSeconds = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;

  function reset(): void {
    fields.value = {};
    message.value = '';
  }

  function show(problem: ServerProblem): void {
    fields.value = problem.fields;
    message.value = problem.message;
    if (problem.retryAfter) {
      waitSeconds.value = problem.retryAfter;
      clearInterval(timer);
      timer = setInterval(() => {
        waitSeconds.value -= 1;
        if (waitSeconds.value <= 0) {
          clearInterval(timer);
          waitSeconds.value = 0;
          message.value = '';
        }
      }, 1000);
    }
  }

  return { fields, message, waitSeconds, reset, show };
}

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on it. */
export function focusFirstError(root: HTMLElement | null | undefined, errors: FieldErrors): void {
  const first = Object.keys(errors)[0];
  if (!root || !first) return;
  const host = root.querySelector<HTMLElement & { setFocus?: () => Promise<void> }>(`[data-field="${first}"]`);
  if (host?.setFocus) void host.setFocus();
  else host?.focus();
}
