import { z } from 'zod';
import { STRATEGY_CODES } from './strategies.js';

export const CountryView = z.object({
  code: z.string(),
  alpha3: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
});

export const StrategyView = z.object({
  code: z.enum(STRATEGY_CODES),
  number: z.number().int(),
  nameId: z.string(),
  nameEn: z.string(),
});

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['pglite', 'postgres']),
  migration: z.string().nullable(),
});
