/** The six strategies of the RAN PP TPPO, stable across plans (domain.md §1). */
export const STRATEGY_CODES = [
  'pencegahan',
  'rehabilitasi_kesehatan',
  'rehabilitasi_sosial',
  'norma_hukum',
  'penegakan_hukum',
  'koordinasi',
] as const;
export type StrategyCode = (typeof STRATEGY_CODES)[number];

export const STRATEGIES: ReadonlyArray<{
  code: StrategyCode;
  number: number;
  id: string;
  en: string;
}> = [
  { code: 'pencegahan', number: 1, id: 'Peningkatan upaya pencegahan', en: 'Prevention' },
  {
    code: 'rehabilitasi_kesehatan',
    number: 2,
    id: 'Penguatan rehabilitasi kesehatan',
    en: 'Health rehabilitation',
  },
  {
    code: 'rehabilitasi_sosial',
    number: 3,
    id: 'Penguatan rehabilitasi sosial, pemulangan dan reintegrasi',
    en: 'Social rehabilitation, repatriation and reintegration',
  },
  { code: 'norma_hukum', number: 4, id: 'Pengembangan norma hukum', en: 'Legal norms' },
  { code: 'penegakan_hukum', number: 5, id: 'Penguatan penegakan hukum', en: 'Law enforcement' },
  {
    code: 'koordinasi',
    number: 6,
    id: 'Peningkatan koordinasi dan kerja sama',
    en: 'Coordination and cooperation',
  },
];
