import { RouteLoading } from '@/app/components/route-loading';

export default function Loading() {
  return (
    <RouteLoading
      title="statements"
      panels={[
        { title: 'Stance by month', height: 300 },
        { title: 'Statements', height: 400 },
      ]}
    />
  );
}
