'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { parseStatementParams, type SearchParams, type StatementQuery } from '@/app/lib/search-params';

/** The URL's query parameters in the shape the server page receives them. */
function asRecord(search: URLSearchParams): SearchParams {
  const record: Record<string, string[]> = {};
  for (const [name, value] of search) (record[name] ??= []).push(value);
  return record;
}

/**
 * The statements screen's filters and page, read from the address bar: the same parser as the
 * server page, so a URL means the same thing whether the server or the browser reads it. It
 * follows pushState and back/forward.
 */
export function useStatementQuery(): StatementQuery {
  const search = useSearchParams();
  return useMemo(() => parseStatementParams(asRecord(new URLSearchParams(search.toString()))), [search]);
}
