import { PublicSettings } from '@sigap/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.js';

/** Public facts about the installation, known before sign-in (the demo banner needs them). */
export const settingsQueryOptions = queryOptions({
  queryKey: ['settings'] as const,
  queryFn: () => api.get('/api/settings', PublicSettings),
  staleTime: Number.POSITIVE_INFINITY,
});
