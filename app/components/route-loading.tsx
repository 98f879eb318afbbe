import { PanelSkeleton } from './panel-skeleton';

/**
 * A page's loading state: its title and its panels' outlines, until the data is read. Each
 * page that has one streams as one boundary (the overview has none: app/page.tsx says why);
 * with scripts off, globals.css (`@media (scripting: none)`) hides this and shows the finished
 * page, which React leaves in a hidden div.
 */
export function RouteLoading({
  title,
  panels,
}: {
  title: string;
  panels: { title: string; height?: number }[];
}) {
  return (
    <div className="route-loading" role="status" aria-live="polite">
      <p className="loading-title">Loading {title}…</p>
      {panels.map((p) => (
        <PanelSkeleton key={p.title} title={p.title} height={p.height} />
      ))}
    </div>
  );
}
