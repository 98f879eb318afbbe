import { RouteLoading } from '../relations/route-loading';

export default function Loading() {
  return <RouteLoading title="events" panels={[{ title: 'Timeline', height: 480 }]} />;
}
