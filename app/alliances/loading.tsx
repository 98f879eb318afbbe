/** Shown while the alliances panels read their data. */
export default function Loading() {
  return (
    <p className="route-loading" role="status">
      Loading alliances…
    </p>
  );
}
