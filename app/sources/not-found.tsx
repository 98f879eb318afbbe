import Link from 'next/link';

/** A key that names no source held here. */
export default function SourceNotFound() {
  return (
    <>
      <h1>No source has this key</h1>
      <p className="lede">
        The address names no article or document held here. A source’s page is linked from the evidence of
        every record that cites it.
      </p>
      <p>
        <Link href="/statements">Statements</Link> · <Link href="/sanctions">Sanctions</Link>
      </p>
    </>
  );
}
