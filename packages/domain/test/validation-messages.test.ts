import { describe, expect, it } from 'vitest';
import { formatIssues, LoginRequest, langFromAcceptLanguage, UserCreate } from '../src/index.js';

function errorsOf(
  schema: {
    safeParse: (
      v: unknown,
      o: { reportInput: boolean },
    ) => { success: boolean; error?: { issues: unknown[] } };
  },
  value: unknown,
  lang: 'id' | 'en',
) {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success || !r.error) throw new Error('expected a failure');
  return formatIssues(r.error.issues as never, lang);
}

describe('validation messages', () => {
  it('name the field, in Indonesian by default and in English on request', () => {
    expect(errorsOf(LoginRequest, { email: 'not-an-email' }, 'id')).toEqual([
      { path: 'email', message: 'Alamat e-mail tidak sah' },
      { path: 'password', message: 'Wajib diisi' },
    ]);
    expect(errorsOf(LoginRequest, { email: 'not-an-email' }, 'en')).toEqual([
      { path: 'email', message: 'Not a valid e-mail address' },
      { path: 'password', message: 'Required' },
    ]);
  });

  it('report unknown fields and wrong types', () => {
    const errs = errorsOf(LoginRequest, { email: 'a@b.id', password: 42, role: 'admin' }, 'en');
    expect(errs).toContainEqual({ path: 'password', message: 'Must be text' });
    expect(errs).toContainEqual({ path: '(body)', message: 'Unknown field(s): role' });
  });

  it('explain custom rules in both languages', () => {
    const base = {
      email: 'a@b.id',
      fullName: 'A',
      role: 'reporter',
      institutionId: '0e53defc-27c3-5d4f-813d-994b53c8f2ff',
      scopeLevel: 'province',
      scopeRegionCode: null,
      password: 'short',
    };
    const id = errorsOf(UserCreate, base, 'id');
    expect(id).toContainEqual({
      path: 'password',
      message: 'Kata sandi minimal 10 karakter dan memuat huruf serta angka',
    });
    expect(id).toContainEqual({
      path: 'scopeRegionCode',
      message: 'Wilayah cakupan wajib diisi untuk cakupan provinsi atau kabupaten/kota',
    });
    expect(
      errorsOf(UserCreate, { ...base, scopeRegionCode: '33.74', password: 'abcdefgh12' }, 'en'),
    ).toEqual([
      { path: 'scopeRegionCode', message: 'The scope region does not match the scope level' },
    ]);
  });

  it('pick the language from Accept-Language', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('id');
    expect(langFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(langFromAcceptLanguage('en;q=0.5, id;q=0.9')).toBe('id');
    expect(langFromAcceptLanguage('fr-FR')).toBe('id');
  });
});
