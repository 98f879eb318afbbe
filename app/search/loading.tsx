import { RouteLoading } from '@/app/components/route-loading';

export default function Loading() {
  return <RouteLoading title="search" panels={[{ title: 'Results', height: 480 }]} />;
}
