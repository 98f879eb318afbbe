/** Shown while the source's panels read their data. */
export default function Loading() {
  return (
    <p className="route-loading" role="status">
      Loading the source…
    </p>
  );
}
