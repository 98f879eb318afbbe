import { RouteLoading } from '@/app/components/route-loading';

export default function Loading() {
  return (
    <RouteLoading
      title="the relation"
      panels={[
        { title: 'Tension over time', height: 420 },
        { title: 'Statements', height: 240 },
      ]}
    />
  );
}
