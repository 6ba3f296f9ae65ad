import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '@client/i18n/locales';
import { PRIVACY_NOTICE_VERSION, ProfileUpdateBodySchema, SignupBodySchema } from '@shared/accounts/schemas.js';
import { setLocale } from '@client/i18n';
import { ApiError } from '@client/shell/api';
import { describeProblem, validate } from './form';
import { loadAccountsMessages } from './load-messages';

describe('form errors from the shared schemas, in the user’s language', () => {
  beforeAll(() => loadAccountsMessages(LOCALES));
  beforeEach(() => setLocale('zh-CN'));

  it('names each wrong sign-up field next to it', () => {
    const result = validate(SignupBodySchema, { phone: '1234', name: ' ', password: 'short', consent: undefined });

    expect(result).toEqual({
      ok: false,
      errors: {
        phone: '请输入 11 位中国大陆手机号，以 13–19 开头。',
        name: '请填写姓名。',
        password: '密码至少 8 个字符。',
        consent: '请阅读并同意隐私政策后再注册。',
      },
    });
  });

  it('passes a valid sign-up through as the server will read it', () => {
    const result = validate(SignupBodySchema, {
      email: 'Someone@Example.com',
      name: '李晓华',
      password: 'a long passphrase',
      consent: { privacyNoticeVersion: PRIVACY_NOTICE_VERSION },
    });

    expect(result).toMatchObject({ ok: true, data: { email: 'someone@example.com' } });
  });

  it('speaks English when the user chose English', () => {
    setLocale('en');

    const result = validate(ProfileUpdateBodySchema, { idNumber: '12345' });

    expect(result).toEqual({
      ok: false,
      errors: { idNumber: 'Enter the 18-character resident ID number (the last one may be X).' },
    });
  });

  it('429: says when to try again and gives the wait to the form', () => {
    setLocale('en');

    const problem = describeProblem(
      new ApiError(429, 'too_many_attempts', 'Too many sign-in attempts. Try again in 8 s.', { retryAfter: 8 }),
    );

    expect(problem).toEqual({ message: 'Too many attempts. Try again in 8 s.', fields: {}, retryAfter: 8 });
  });

  it('puts the server’s password verdict on the field it names', () => {
    const problem = describeProblem(
      new ApiError(422, 'wrong_password', 'The current password is not right.', { field: 'currentPassword' }),
    );

    expect(problem.fields).toEqual({ currentPassword: '密码不正确。' });
  });

  it('shows an unknown server error as the server worded it', () => {
    const problem = describeProblem(new ApiError(403, 'forbidden', 'You are not allowed to do this.'));

    expect(problem.message).toBe('You are not allowed to do this.');
  });
});
