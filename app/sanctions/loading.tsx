/** Shown while the sanctions panels read their data. */
export default function Loading() {
  return (
    <p className="route-loading" role="status">
      Loading sanctions…
    </p>
  );
}
