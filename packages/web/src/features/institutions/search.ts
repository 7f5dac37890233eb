import { INSTITUTION_KINDS } from '@sigap/domain';
import { z } from 'zod';
import { bool, oneOf, page, text } from '../../shared/search.js';

export const InstitutionsSearch = z.object({
  page,
  q: text,
  kind: oneOf(INSTITUTION_KINDS),
  active: bool,
});
export type InstitutionsSearch = z.infer<typeof InstitutionsSearch>;
