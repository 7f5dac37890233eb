import { type PageQuery, pageOffset } from '@sigap/domain';

/** The page meta every list answers with. */
export function pageOf<T>(items: T[], q: Pick<PageQuery, 'page' | 'pageSize'>, total: number) {
  return { items, meta: { page: q.page, pageSize: q.pageSize, total } };
}

export const limitOffset = (q: Pick<PageQuery, 'page' | 'pageSize'>) => ({
  limit: q.pageSize,
  offset: pageOffset(q),
});
