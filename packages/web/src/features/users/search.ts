import { ROLES } from '@sigap/domain';
import { z } from 'zod';
import { bool, oneOf, page, text } from '../../shared/search.js';

export const UsersSearch = z.object({
  page,
  q: text,
  role: oneOf(ROLES),
  institutionId: text,
  active: bool,
});
export type UsersSearch = z.infer<typeof UsersSearch>;
