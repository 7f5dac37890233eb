import { SERVICE_UNIT_KINDS } from '@sigap/domain';
import { z } from 'zod';
import { bool, oneOf, page, text } from '../../shared/search.js';

export const ServiceUnitsSearch = z.object({
  page,
  q: text,
  kind: oneOf(SERVICE_UNIT_KINDS),
  regionCode: text,
  active: bool,
});
export type ServiceUnitsSearch = z.infer<typeof ServiceUnitsSearch>;
