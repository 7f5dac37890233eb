import type { Bilingual } from '../../common/lang.js';
import type { EvidenceOutcome } from './evidence.js';
import type { FieldLevel, LevelledField } from './field-levels.js';

type Text = { outcome: EvidenceOutcome; detail: Bilingual };
const t = (outcome: EvidenceOutcome, id: string, en: string): Text => ({
  outcome,
  detail: { id, en },
});

/**
 * What each level of each field tells the reviewer, in Indonesian and English. Never the values
 * themselves: evidence is stored in clear beside the sealed identities.
 */
export const FIELD_TEXTS: { [F in LevelledField]: Record<FieldLevel<F>, Text> } = {
  nik: {
    missing: t('missing', 'NIK tidak ada di salah satu catatan', 'NIK missing in a record'),
    same: t('match', 'NIK sama', 'Same NIK'),
    slip: t(
      'partial',
      'NIK beda satu angka: salah ketik, atau NIK berurutan dalam satu keluarga (mis. kembar); tidak dihitung sebagai kecocokan',
      'NIKs one digit apart: a typing slip, or consecutive NIKs within a family (twins); not counted as agreement',
    ),
    differ: t(
      'mismatch',
      'NIK berbeda, tetapi tidak menentukan: salah satunya bukan NIK 16 angka yang sah, atau nomor paspornya sama',
      'Different NIKs, not decisive: one is not a valid 16-digit NIK, or the passport numbers are the same',
    ),
    conflict: t(
      'mismatch',
      'NIK berbeda jelas (keduanya NIK sah, bukan salah ketik): hampir pasti dua orang; skor dibatasi di bawah ambang usulan',
      'NIKs clearly different (both valid, not a typing slip): almost surely two people; score capped below the review threshold',
    ),
  },
  passport: {
    missing: t(
      'missing',
      'Nomor paspor tidak ada di salah satu catatan',
      'Passport number missing in a record',
    ),
    same: t('match', 'Nomor paspor sama', 'Same passport number'),
    slip: t(
      'partial',
      'Nomor paspor beda satu karakter: salah ketik, atau paspor yang diterbitkan berurutan; tidak dihitung sebagai kecocokan',
      'Passport numbers one character apart: a typing slip, or passports issued in sequence; not counted as agreement',
    ),
    differ: t(
      'mismatch',
      'Nomor paspor berbeda (negara lain, atau NIK sama: paspor bisa diperbarui)',
      'Different passport number (another country, or the same NIK: passports get renewed)',
    ),
    conflict: t(
      'mismatch',
      'Nomor paspor negara yang sama berbeda jelas dan NIK tidak sama: skor dibatasi di bawah ambang usulan (paspor yang diperbarui: turunkan ambang untuk melihat pasangan ini)',
      'Passport numbers of one country clearly different and no same NIK: score capped below the review threshold (a renewed passport: lower the threshold to see this pair)',
    ),
  },
  birth: {
    missing: t(
      'missing',
      'Tanggal lahir/umur tidak ada di salah satu catatan',
      'Birth date or age missing in a record',
    ),
    same: t('match', 'Tanggal lahir sama', 'Same birth date'),
    slip: t(
      'partial',
      'Tanggal lahir beda satu angka atau hari/bulan tertukar',
      'Birth dates differ in one digit or by day and month swapped',
    ),
    consistent: t(
      'partial',
      'Umur/tahun lahir yang dicatat cocok',
      'The recorded ages or birth years fit together',
    ),
    sameYear: t(
      'mismatch',
      'Tahun lahir sama, tanggal lahir berbeda',
      'Same birth year, different birth dates',
    ),
    nextYear: t('mismatch', 'Tahun lahir selisih satu tahun', 'Birth years one year apart'),
    differ: t(
      'mismatch',
      'Tahun lahir selisih dua tahun atau lebih',
      'Birth years two or more years apart',
    ),
  },
  sex: {
    missing: t('missing', 'Jenis kelamin tidak diketahui', 'Sex unknown'),
    same: t('match', 'Jenis kelamin sama', 'Same sex'),
    differ: t('mismatch', 'Jenis kelamin berbeda', 'Different sex'),
  },
  origin: {
    missing: t('missing', 'Daerah asal tidak tercatat', 'Origin region not recorded'),
    sameRegency: t('match', 'Kabupaten/kota asal sama', 'Same district/city of origin'),
    provinceOnly: t(
      'partial',
      'Provinsi asal sama (kabupaten/kota tidak tercatat di salah satu catatan)',
      'Same province of origin (district/city not recorded in one record)',
    ),
    sameProvince: t(
      'mismatch',
      'Provinsi asal sama, kabupaten/kota berbeda',
      'Same province, different district/city of origin',
    ),
    differ: t('mismatch', 'Provinsi asal berbeda', 'Different province of origin'),
  },
  citizenship: {
    missing: t('missing', 'Kewarganegaraan tidak tercatat', 'Citizenship not recorded'),
    same: t('match', 'Kewarganegaraan sama', 'Same citizenship'),
    differ: t('mismatch', 'Kewarganegaraan berbeda', 'Different citizenship'),
  },
  events: {
    missing: t(
      'missing',
      'Tempat eksploitasi tidak tercatat',
      'Place of exploitation not recorded',
    ),
    sameNearDates: t(
      'match',
      'Tempat eksploitasi sama, waktu berdekatan',
      'Same place of exploitation at about the same time',
    ),
    samePlace: t('partial', 'Tempat eksploitasi sama', 'Same place of exploitation'),
    sameFarDates: t(
      'mismatch',
      'Tempat eksploitasi sama, lebih dari 2 tahun berselang',
      'Same place of exploitation, over 2 years apart',
    ),
    differ: t('mismatch', 'Tempat eksploitasi berbeda', 'Different place of exploitation'),
  },
};
