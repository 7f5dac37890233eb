/**
 * What a NIK (Nomor Induk Kependudukan, 16 digits) says about its holder: digits 1–4 the
 * kabupaten/kota of registration, 7–12 the birth date as DDMMYY with 40 added to the day for
 * women. Matching uses these when a record lacks the field itself, so a record with only a NIK
 * can still agree or disagree with another record's birth date, sex and origin.
 */
export type NikFacts = { birthDate: string; sex: 'female' | 'male'; regency: string };

export function nikFacts(nik: string, referenceYear: number | null): NikFacts | null {
  if (!/^\d{16}$/.test(nik)) return null;
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = day > 40;
  if (female) day -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  // the century: the latest year not after the reference year (a victim is not yet born later)
  const ref = referenceYear ?? 2000 + 30;
  const year = 2000 + yy <= ref ? 2000 + yy : 1900 + yy;
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    birthDate: `${year}-${p(month)}-${p(day)}`,
    sex: female ? 'female' : 'male',
    regency: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
  };
}

/** A NIK as the register writes it: 16 digits whose birth-date part is a possible date. */
export function isValidNik(nik: string): boolean {
  return nikFacts(nik, null) !== null;
}
