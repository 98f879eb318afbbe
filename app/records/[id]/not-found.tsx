import Link from 'next/link';

/** An id that names no statement, event or sanctions package, or is no id at all. */
export default function RecordNotFound() {
  return (
    <>
      <h1>No record has this id</h1>
      <p className="lede">
        The address names no statement, event or sanctions package held here. A record’s page is linked from
        its history, on the lists of statements and events and on the sanctions page.
      </p>
      <p>
        <Link href="/statements">Statements</Link> · <Link href="/events">Events</Link> ·{' '}
        <Link href="/sanctions">Sanctions</Link>
      </p>
    </>
  );
}
