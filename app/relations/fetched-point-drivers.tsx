'use client';

import { useQuery } from '@apollo/client/react';
import { ApolloProvider } from '@/app/apollo-provider';
import type { TensionTimelinePoint } from '@/app/components/charts/tension-timeline-chart';
import { TensionPointDriversDocument } from '@/graphql/__generated__/client/graphql';
import { toDriverView } from './driver-view';
import type { PeriodName } from './periods';
import { PointDrivers } from './point-drivers';

interface FetchedPointDriversProps {
  a: string;
  b: string;
  period: PeriodName;
  asOf: string | null;
  point: TensionTimelinePoint;
}

/**
 * The drivers of a point the server did not send, read through Apollo Client. The timeline
 * loads this (and Apollo with it) only when a reader chooses such a point, so a page that is
 * only read ships no Apollo code. Mounted in the browser only: no server results to carry.
 */
export function FetchedPointDrivers(props: FetchedPointDriversProps) {
  return (
    <ApolloProvider>
      <DriversQuery {...props} />
    </ApolloProvider>
  );
}

function DriversQuery({ a, b, period, asOf, point }: FetchedPointDriversProps) {
  const { data, loading, error } = useQuery(TensionPointDriversDocument, {
    variables: { a, b, period, at: point.period, asOf },
  });
  const drivers =
    data && !loading ? (data.relation?.timeline[0]?.drivers ?? []).map(toDriverView) : undefined;
  return <PointDrivers point={point} drivers={drivers} error={error?.message} />;
}
