import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

/** Query string of every list endpoint. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  q: z.string().trim().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const PageMeta = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type PageMeta = z.infer<typeof PageMeta>;

/** A page of items with the totals a pager needs. */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), meta: PageMeta });
}

export function pageOffset(q: Pick<PageQuery, 'page' | 'pageSize'>): number {
  return (q.page - 1) * q.pageSize;
}
