import { RouteLoading } from '@/app/components/route-loading';

export default function Loading() {
  return <RouteLoading title="events" panels={[{ title: 'Timeline', height: 480 }]} />;
}
