import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format.js';
import { picklistsQuery } from './api.js';

/** A picklist code in the user's language; the code itself until the lists load. */
export function usePicklistLabel(): (list: string, code: string) => string {
  const fmt = useFormat();
  const lists = useQuery(picklistsQuery);
  return (list, code) => {
    const item = lists.data?.[list]?.find((i) => i.code === code);
    return item ? fmt.bi(item) : code;
  };
}
