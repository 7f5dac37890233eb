import type { Role, ScopeLevel } from '@sigap/domain';

/** The password of every demo account (demo installations only; printed at start). */
export const DEMO_PASSWORD = 'sigap-demo';

export type DemoAccount = {
  email: string;
  fullName: string;
  role: Role;
  institution: string;
  scopeLevel: ScopeLevel;
  scopeRegionCode: string | null;
  note: string;
};

/** One account per role, plus regional ones so scopes can be tried out. All names are invented. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@sigap.local',
    fullName: 'Admin Demo',
    role: 'admin',
    institution: 'KEMENPPPA',
    scopeLevel: 'national',
    scopeRegionCode: null,
    note: 'administrator, nasional',
  },
  {
    email: 'sekretariat@sigap.local',
    fullName: 'Sekretariat Demo',
    role: 'secretariat',
    institution: 'POLRI',
    scopeLevel: 'national',
    scopeRegionCode: null,
    note: 'sekretariat/verifikator, nasional',
  },
  {
    email: 'pelapor@sigap.local',
    fullName: 'Pelapor Kemensos Demo',
    role: 'reporter',
    institution: 'KEMENSOS',
    scopeLevel: 'national',
    scopeRegionCode: null,
    note: 'pelapor instansi, nasional',
  },
  {
    email: 'petugas@sigap.local',
    fullName: 'Petugas Layanan Demo',
    role: 'case_worker',
    institution: 'KEMENPPPA',
    scopeLevel: 'regency',
    scopeRegionCode: '53.71',
    note: 'petugas layanan, Kota Kupang',
  },
  {
    email: 'pic@sigap.local',
    fullName: 'PIC Data Provinsi NTT',
    role: 'data_officer',
    institution: 'DP3A-53',
    scopeLevel: 'province',
    scopeRegionCode: '53',
    note: 'PIC data (verifikasi dan clearing), Provinsi NTT',
  },
  {
    email: 'picdata@sigap.local',
    fullName: 'PIC Data Nasional Demo',
    role: 'data_officer',
    institution: 'KEMENPPPA',
    scopeLevel: 'national',
    scopeRegionCode: null,
    note: 'PIC data (verifikasi dan clearing), nasional',
  },
  {
    email: 'analis@sigap.local',
    fullName: 'Analis Demo',
    role: 'analyst',
    institution: 'BPS',
    scopeLevel: 'national',
    scopeRegionCode: null,
    note: 'analis, nasional',
  },
  {
    email: 'jateng@sigap.local',
    fullName: 'Sekretariat Jawa Tengah Demo',
    role: 'secretariat',
    institution: 'KEMENPPPA',
    scopeLevel: 'province',
    scopeRegionCode: '33',
    note: 'sekretariat, Provinsi Jawa Tengah',
  },
  {
    email: 'kupang@sigap.local',
    fullName: 'Pelapor Kabupaten Kupang Demo',
    role: 'reporter',
    institution: 'KEMENSOS',
    scopeLevel: 'regency',
    scopeRegionCode: '53.01',
    note: 'pelapor, Kabupaten Kupang',
  },
];
