import { compareVictims, prepareVictim, type VictimForMatch } from '../src/index.js';

/** One victim record as an institution keeps it; tests change what they compare. */
export const baseVictim: VictimForMatch = {
  name: 'Siti Aminah',
  sex: 'female',
  birthDate: '1994-05-12',
  birthYear: null,
  age: null,
  ageOn: '2023-03-01',
  regionCode: '32.12',
  nik: null,
  passport: null,
  citizenship: 'ID',
  events: [{ type: 'exploitation', date: '2022-11-01', regionCode: null, countryCode: 'MY' }],
};

export const victim = (patch: Partial<VictimForMatch>) =>
  prepareVictim({ ...baseVictim, ...patch });

/** Two variants of the base record compared, with the evidence. */
export const compare = (a: Partial<VictimForMatch>, b: Partial<VictimForMatch>) =>
  compareVictims(victim(a), victim(b));

export const evidenceOf = (r: ReturnType<typeof compare>, field: string) =>
  r.evidence.find((e) => e.field === field);
