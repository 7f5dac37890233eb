import { Page, TaskForceDetail, TaskForceView } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Anything, api, Created } from '../../app/api/client.js';
import type { TaskForcesSearch } from './search.js';

export const taskForceKeys = {
  all: ['task-forces'] as const,
  list: (p: TaskForcesSearch) => ['task-forces', 'list', p] as const,
  detail: (id: string, asOf?: string) => ['task-forces', 'detail', id, asOf ?? null] as const,
};

export function taskForceListQuery(search: TaskForcesSearch) {
  return queryOptions({
    queryKey: taskForceKeys.list(search),
    queryFn: () => api.get('/api/task-forces', Page(TaskForceView), { pageSize: 25, ...search }),
    placeholderData: keepPreviousData,
  });
}

/** With `asOf`, only memberships valid on that day (who sat on the task force then). */
export function taskForceDetailQuery(id: string, asOf?: string) {
  return queryOptions({
    queryKey: taskForceKeys.detail(id, asOf),
    queryFn: () => api.get(`/api/task-forces/${encodeURIComponent(id)}`, TaskForceDetail, { asOf }),
    placeholderData: keepPreviousData,
  });
}

const base = (id: string) => `/api/task-forces/${encodeURIComponent(id)}`;

export const taskForcesApi = {
  create: (body: unknown) => api.post('/api/task-forces', Created, body),
  update: (id: string, body: unknown) => api.patch(base(id), Anything, body),
  addSubTaskForce: (id: string, body: unknown) =>
    api.post(`${base(id)}/sub-task-forces`, Anything, body),
  addMembership: (id: string, body: unknown) => api.post(`${base(id)}/memberships`, Anything, body),
  endMembership: (id: string, membershipId: string, validTo: string) =>
    api.post(`${base(id)}/memberships/${encodeURIComponent(membershipId)}/end`, Anything, {
      validTo,
    }),
};
