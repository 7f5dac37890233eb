import type { ServiceUnitKind } from '@sigap/domain';
import type { RegionalBody } from './demo-organisations-data.js';

/**
 * Service units of the demo. Unit types are real (domain.md §2); names follow the usual pattern
 * but addresses and phone numbers are INVENTED and marked "(alamat demo)" / "(demo)", so no real
 * safe house is ever located by a demo.
 */
export type DemoServiceUnit = {
  name: string;
  kind: ServiceUnitKind;
  region: string;
  /** A regional body of the unit's province/regency, a national K/L code, or none. */
  operator?: { body: RegionalBody; region: string } | { code: string };
  capacity?: number;
  active?: boolean;
};

const dp3a = (region: string) => ({ body: 'DP3A' as const, region });
const dinsos = (region: string) => ({ body: 'DINSOS' as const, region });

export const DEMO_SERVICE_UNITS: DemoServiceUnit[] = [
  // UPTD PPA of each province with a task force
  ...['33', '53', '32', '35', '12', '21', '61', '52'].map((p) => ({
    name: `UPTD PPA Provinsi {${p}}`,
    kind: 'uptd_ppa' as const,
    region: p,
    operator: dp3a(p),
  })),
  // UPTD PPA of kabupaten/kota
  { name: 'UPTD PPA {53.71}', kind: 'uptd_ppa', region: '53.71', operator: dp3a('53.71') },
  { name: 'UPTD PPA {53.01}', kind: 'uptd_ppa', region: '53.01', operator: dp3a('53.01') },
  { name: 'UPTD PPA {33.74}', kind: 'uptd_ppa', region: '33.74', operator: dp3a('33.74') },
  { name: 'UPTD PPA {33.01}', kind: 'uptd_ppa', region: '33.01', operator: dp3a('33.01') },
  { name: 'UPTD PPA {35.78}', kind: 'uptd_ppa', region: '35.78', operator: dp3a('35.78') },
  { name: 'UPTD PPA {12.71}', kind: 'uptd_ppa', region: '12.71', operator: dp3a('12.71') },
  { name: 'UPTD PPA {21.71}', kind: 'uptd_ppa', region: '21.71', operator: dp3a('21.71') },
  // P2TP2A: the older form, replaced by UPTD PPA in many regions (one kept as inactive)
  { name: 'P2TP2A {53.01}', kind: 'p2tp2a', region: '53.01', operator: dp3a('53.01') },
  {
    name: 'P2TP2A {53.71}',
    kind: 'p2tp2a',
    region: '53.71',
    operator: dp3a('53.71'),
    active: false,
  },
  { name: 'P2TP2A {33.29}', kind: 'p2tp2a', region: '33.29', operator: dp3a('33.29') },
  { name: 'P2TP2A {32.12}', kind: 'p2tp2a', region: '32.12', operator: dp3a('32.12') },
  { name: 'P2TP2A {52.03}', kind: 'p2tp2a', region: '52.03', operator: dp3a('52.03') },
  { name: 'P2TP2A {33.02}', kind: 'p2tp2a', region: '33.02', operator: dp3a('33.02') },
  // PPT: integrated service centres in police hospitals
  { name: 'PPT RS Bhayangkara Kupang', kind: 'ppt', region: '53.71', operator: { code: 'POLRI' } },
  {
    name: 'PPT RS Bhayangkara Semarang',
    kind: 'ppt',
    region: '33.74',
    operator: { code: 'POLRI' },
  },
  {
    name: 'PPT RS Bhayangkara Surabaya',
    kind: 'ppt',
    region: '35.78',
    operator: { code: 'POLRI' },
  },
  { name: 'PPT RS Bhayangkara Medan', kind: 'ppt', region: '12.71', operator: { code: 'POLRI' } },
  { name: 'PPT RSUD Indramayu', kind: 'ppt', region: '32.12' },
  // RPTC: protection homes and trauma centres
  { name: 'RPTC {53.71}', kind: 'rptc', region: '53.71', operator: dinsos('53'), capacity: 30 },
  { name: 'RPTC {33.74}', kind: 'rptc', region: '33.74', operator: dinsos('33'), capacity: 40 },
  { name: 'RPTC {61.71}', kind: 'rptc', region: '61.71', operator: dinsos('61'), capacity: 25 },
  { name: 'RPTC {52.71}', kind: 'rptc', region: '52.71', operator: dinsos('52'), capacity: 25 },
  {
    name: 'RPTC {21.71}',
    kind: 'rptc',
    region: '21.71',
    operator: { code: 'KEMENSOS' },
    capacity: 50,
  },
  // RPSA: child protection homes
  {
    name: 'RPSA {33.72}',
    kind: 'rpsa',
    region: '33.72',
    operator: { code: 'KEMENSOS' },
    capacity: 40,
  },
  { name: 'RPSA {35.73}', kind: 'rpsa', region: '35.73', operator: dinsos('35'), capacity: 35 },
  { name: 'RPSA {12.71}', kind: 'rpsa', region: '12.71', operator: dinsos('12'), capacity: 30 },
  { name: 'RPSA {53.01}', kind: 'rpsa', region: '53.01', operator: dinsos('53.01'), capacity: 20 },
  // Rumah aman (safe houses)
  {
    name: 'Rumah Aman Provinsi {53}',
    kind: 'rumah_aman',
    region: '53.71',
    operator: dp3a('53'),
    capacity: 12,
  },
  {
    name: 'Rumah Aman {53.04}',
    kind: 'rumah_aman',
    region: '53.04',
    operator: dp3a('53.04'),
    capacity: 8,
  },
  {
    name: 'Rumah Aman {33.74}',
    kind: 'rumah_aman',
    region: '33.74',
    operator: dp3a('33.74'),
    capacity: 10,
  },
  {
    name: 'Rumah Aman {33.01}',
    kind: 'rumah_aman',
    region: '33.01',
    operator: dp3a('33.01'),
    capacity: 6,
  },
  {
    name: 'Rumah Aman {21.71}',
    kind: 'rumah_aman',
    region: '21.71',
    operator: dp3a('21.71'),
    capacity: 15,
  },
  {
    name: 'Rumah Aman {61.01}',
    kind: 'rumah_aman',
    region: '61.01',
    operator: dp3a('61.01'),
    capacity: 8,
  },
  {
    name: 'Rumah Aman {52.03}',
    kind: 'rumah_aman',
    region: '52.03',
    operator: dp3a('52.03'),
    capacity: 10,
  },
  // Other: a shelter for returning migrant workers at a main transit port
  {
    name: 'Shelter Pemulangan Pekerja Migran Tanjung Pinang',
    kind: 'other',
    region: '21.72',
    operator: { code: 'BP2MI' },
    capacity: 60,
  },
];
