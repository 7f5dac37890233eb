import { TASK_FORCE_LEVELS } from '@sigap/domain';
import { z } from 'zod';
import { bool, oneOf, page, text } from '../../shared/search.js';

export const TaskForcesSearch = z.object({
  page,
  q: text,
  level: oneOf(TASK_FORCE_LEVELS),
  regionCode: text,
  active: bool,
});
export type TaskForcesSearch = z.infer<typeof TaskForcesSearch>;

export const TaskForceDetailSearch = z.object({
  asOf: z.iso.date().optional().catch(undefined),
});
export type TaskForceDetailSearch = z.infer<typeof TaskForceDetailSearch>;
