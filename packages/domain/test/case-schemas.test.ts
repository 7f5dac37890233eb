import { describe, expect, it } from 'vitest';
import {
  CASE_FIELD_LABELS,
  CaseCreate,
  CaseEventInput,
  ConsentCreate,
  formatIssues,
  LegalStepCreate,
  latestIndonesianToday,
  PersonCreate,
  ReferralCreate,
  ServiceCreate,
  VerificationRequest,
} from '../src/index.js';

const shapes = {
  case: CaseCreate.shape,
  event: CaseEventInput.shape,
  person: PersonCreate.shape,
  consent: ConsentCreate.shape,
  service: ServiceCreate.shape,
  legalStep: LegalStepCreate.shape,
  referral: ReferralCreate.shape,
} as const;

function messages(
  schema: { safeParse: (v: unknown) => { error?: { issues: unknown[] } } },
  v: unknown,
  lang: 'id' | 'en' = 'en',
) {
  const r = schema.safeParse(v);
  return formatIssues((r.error?.issues ?? []) as never, lang);
}

describe('case registry schemas', () => {
  it('give every field of every record an Indonesian and an English label', () => {
    for (const [group, shape] of Object.entries(shapes)) {
      const labels: Record<string, { id: string; en: string }> =
        CASE_FIELD_LABELS[group as keyof typeof shapes];
      for (const field of Object.keys(shape)) {
        expect(labels[field], `${group}.${field}`).toBeDefined();
        expect(labels[field]?.id.length).toBeGreaterThan(0);
        expect(labels[field]?.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuse dates after today in the easternmost Indonesian zone, and accept today', () => {
    const tomorrow = new Date(Date.now() + 33 * 3600_000).toISOString().slice(0, 10);
    expect(messages(CaseCreate, { reportedOn: tomorrow, source: 'hotline' })).toEqual([
      { path: 'reportedOn', message: 'The date may not be in the future' },
    ]);
    expect(
      CaseCreate.safeParse({ reportedOn: latestIndonesianToday(), source: 'hotline' }).success,
    ).toBe(true);
  });

  it('check the form of NIK, passport, codes, ages and places, naming the field', () => {
    expect(
      messages(
        PersonCreate,
        {
          role: 'victim',
          nik: '1234',
          passport: 'X!',
          statedAge: 130,
          sex: 'Perempuan',
        },
        'id',
      ).map((m) => m.path),
    ).toEqual(['nik', 'passport', 'statedAge', 'sex']);
    expect(PersonCreate.safeParse({ role: 'victim', nik: '5301 0123 4567 8901' }).success).toBe(
      true,
    );
    expect(
      messages(CaseEventInput, { eventType: 'transit', regionCode: '21.71', countryCode: 'MY' }),
    ).toEqual([
      {
        path: 'countryCode',
        message: 'An Indonesian region is only for a place in Indonesia (country code ID)',
      },
    ]);
    expect(
      messages(CaseCreate, { reportedOn: '2024-01-01', source: 'hotline', modus: ['a', 'a'] }),
    ).toEqual([{ path: 'modus', message: 'A code may not repeat' }]);
  });

  it('need a reason to reject a record', () => {
    expect(messages(VerificationRequest, { state: 'rejected' }, 'id')).toEqual([
      { path: 'reason', message: 'Alasan penolakan wajib diisi' },
    ]);
    expect(VerificationRequest.safeParse({ state: 'verified' }).success).toBe(true);
  });
});
