import { REGION_LEVELS } from '@sigap/domain';
import { z } from 'zod';
import { bool, oneOf, page, text } from '../../shared/search.js';

export const RegionsSearch = z.object({
  page,
  q: text,
  level: oneOf(REGION_LEVELS),
  parentCode: text,
  historic: bool,
});
export type RegionsSearch = z.infer<typeof RegionsSearch>;
