import { z } from 'zod';
import { bool, oneOf, page } from '../../shared/search.js';

/** The review queue's filters: which decisions to see, from which score. */
export const QueueSearch = z.object({
  page,
  state: oneOf(['open', 'merged', 'not_same'] as const),
  minScore: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
});
export type QueueSearch = z.infer<typeof QueueSearch>;

export const MergesSearch = z.object({ page, undone: bool });
export type MergesSearch = z.infer<typeof MergesSearch>;
