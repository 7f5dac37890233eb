import type { StrategyCode } from '@sigap/domain';

/**
 * Regional task forces of the demo installation. The regions and the bodies are real; every
 * decree number, date and title here is INVENTED for the demo (titles say "data demo"), so
 * nobody mistakes them for the actual Pergub/Perbup/Perwali.
 *
 * Provinces not listed (most of the 38) deliberately have no task force, so views such as
 * "which regions lack a task force" have something to show.
 */
export type DemoTaskForce = {
  region: string;
  /** Invented decree number, e.g. "Peraturan Gubernur ... Nomor 12 Tahun 2019". */
  decree: string;
  date: string;
};

export const DEMO_PROVINCE_TASK_FORCES: DemoTaskForce[] = [
  {
    region: '33',
    decree: 'Peraturan Gubernur Jawa Tengah Nomor 27 Tahun 2019',
    date: '2019-06-14',
  },
  {
    region: '53',
    decree: 'Peraturan Gubernur Nusa Tenggara Timur Nomor 14 Tahun 2018',
    date: '2018-03-22',
  },
  { region: '32', decree: 'Peraturan Gubernur Jawa Barat Nomor 61 Tahun 2020', date: '2020-09-08' },
  { region: '35', decree: 'Peraturan Gubernur Jawa Timur Nomor 33 Tahun 2019', date: '2019-05-02' },
  {
    region: '12',
    decree: 'Peraturan Gubernur Sumatera Utara Nomor 8 Tahun 2021',
    date: '2021-02-17',
  },
  {
    region: '21',
    decree: 'Peraturan Gubernur Kepulauan Riau Nomor 19 Tahun 2018',
    date: '2018-07-30',
  },
  {
    region: '61',
    decree: 'Peraturan Gubernur Kalimantan Barat Nomor 42 Tahun 2020',
    date: '2020-11-11',
  },
  {
    region: '52',
    decree: 'Peraturan Gubernur Nusa Tenggara Barat Nomor 5 Tahun 2019',
    date: '2019-01-28',
  },
];

export const DEMO_REGENCY_TASK_FORCES: DemoTaskForce[] = [
  { region: '53.01', decree: 'Peraturan Bupati Kupang Nomor 21 Tahun 2019', date: '2019-08-05' },
  { region: '53.71', decree: 'Peraturan Wali Kota Kupang Nomor 9 Tahun 2019', date: '2019-04-15' },
  { region: '53.04', decree: 'Peraturan Bupati Belu Nomor 30 Tahun 2020', date: '2020-10-01' },
  {
    region: '53.02',
    decree: 'Peraturan Bupati Timor Tengah Selatan Nomor 12 Tahun 2021',
    date: '2021-03-09',
  },
  {
    region: '33.74',
    decree: 'Peraturan Wali Kota Semarang Nomor 44 Tahun 2019',
    date: '2019-11-20',
  },
  { region: '33.01', decree: 'Peraturan Bupati Cilacap Nomor 17 Tahun 2020', date: '2020-02-24' },
  { region: '33.29', decree: 'Peraturan Bupati Brebes Nomor 52 Tahun 2020', date: '2020-12-03' },
  { region: '33.02', decree: 'Peraturan Bupati Banyumas Nomor 6 Tahun 2021', date: '2021-01-18' },
  { region: '32.12', decree: 'Peraturan Bupati Indramayu Nomor 23 Tahun 2019', date: '2019-07-01' },
  { region: '32.02', decree: 'Peraturan Bupati Sukabumi Nomor 38 Tahun 2021', date: '2021-08-16' },
  {
    region: '35.78',
    decree: 'Peraturan Wali Kota Surabaya Nomor 15 Tahun 2020',
    date: '2020-04-27',
  },
  { region: '12.71', decree: 'Peraturan Wali Kota Medan Nomor 29 Tahun 2021', date: '2021-06-10' },
  { region: '21.71', decree: 'Peraturan Wali Kota Batam Nomor 11 Tahun 2018', date: '2018-09-12' },
  { region: '61.01', decree: 'Peraturan Bupati Sambas Nomor 40 Tahun 2020', date: '2020-08-19' },
  {
    region: '52.03',
    decree: 'Peraturan Bupati Lombok Timur Nomor 13 Tahun 2019',
    date: '2019-03-04',
  },
];

/** Sub-task-forces of a demo task force and the regional body (or K/L) coordinating each. */
export const DEMO_PROVINCE_SUBS: Array<{
  strategy: StrategyCode;
  coordinator: RegionalBody | 'POLRI';
}> = [
  { strategy: 'pencegahan', coordinator: 'DP3A' },
  { strategy: 'rehabilitasi_sosial', coordinator: 'DINSOS' },
  { strategy: 'penegakan_hukum', coordinator: 'POLRI' },
  { strategy: 'koordinasi', coordinator: 'PEMDA' },
];

export const DEMO_REGENCY_SUBS: typeof DEMO_PROVINCE_SUBS = [
  { strategy: 'pencegahan', coordinator: 'DP3A' },
  { strategy: 'rehabilitasi_sosial', coordinator: 'DINSOS' },
];

/** Regional bodies created for each demo task force's region (perangkat daerah). */
export const REGIONAL_BODIES = {
  PEMDA: { name: 'Pemerintah', abbreviation: 'Pemda' },
  DP3A: {
    name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    abbreviation: 'DP3A',
  },
  DINSOS: { name: 'Dinas Sosial', abbreviation: 'Dinsos' },
  DISNAKERTRANS: { name: 'Dinas Tenaga Kerja dan Transmigrasi', abbreviation: 'Disnakertrans' },
} as const;
export type RegionalBody = keyof typeof REGIONAL_BODIES;

/** Institution code of a regional body, e.g. DP3A-53-01 (codes allow only A–Z, 0–9, - and _). */
export const regionalCode = (body: RegionalBody, region: string) =>
  `${body}-${region.replace(/\./g, '-')}`;
