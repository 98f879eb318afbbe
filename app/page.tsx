import { HeadlinePanel } from './headline-panel';

// Read from the database on every request: the dataset changes under the running app.
export const dynamic = 'force-dynamic';

export default function OverviewPage() {
  return <HeadlinePanel />;
}
