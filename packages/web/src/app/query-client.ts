import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client.js';

/** Errors a retry cannot fix: the answer would be the same. */
function retryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status >= 500;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (count, error) => count < 2 && retryable(error),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
