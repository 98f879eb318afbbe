import Link from 'next/link';

/** A key that names no actor held here. */
export default function ActorNotFound() {
  return (
    <>
      <h1>No actor has this key</h1>
      <p className="lede">
        The address names no state, organisation or person held here. Actor keys are slugs such as{' '}
        <code>russia</code>, <code>japan</code> or <code>nikolay-nozdrev</code>, and every actor’s page is
        linked from the records that name it.
      </p>
      <p>
        <Link href="/actors/russia">Russia</Link> · <Link href="/statements">Statements</Link> ·{' '}
        <Link href="/events">Events</Link>
      </p>
    </>
  );
}
