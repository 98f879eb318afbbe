/** Shown while the actor's panels read their data. */
export default function Loading() {
  return (
    <p className="route-loading" role="status">
      Loading the actor…
    </p>
  );
}
