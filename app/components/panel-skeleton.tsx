/** What a panel shows while its query runs: its title and a calm placeholder of its size. */
export function PanelSkeleton({ title, height = 160 }: { title: string; height?: number }) {
  return (
    <div className="panel panel-loading" aria-hidden="true">
      <div className="panel-header">
        <p className="panel-skeleton-title">{title}</p>
      </div>
      <div className="skeleton" style={{ height }} />
    </div>
  );
}
