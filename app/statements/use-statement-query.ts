'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parseStatementParams, type StatementQuery } from '@/app/lib/search-params';

/**
 * The statements screen's filters and page, read from the address bar by the same schema as
 * the server page, so a URL means the same thing wherever it is read. It follows the URL as
 * the filters, the paging links, back and forward change it.
 */
export function useStatementQuery(): StatementQuery {
  const search = useSearchParams();
  return useMemo(() => parseStatementParams(new URLSearchParams(search.toString())), [search]);
}
