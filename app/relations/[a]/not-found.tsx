import Link from 'next/link';

export default function RelationNotFound() {
  return (
    <>
      <h1>No such relation</h1>
      <p className="lede">
        One of the two keys names no actor in the dataset. Actor keys are slugs such as <code>russia</code>,{' '}
        <code>japan</code> or <code>nikolay-nozdrev</code>.
      </p>
      <p>
        <Link href="/relations/russia/japan">Russia – Japan</Link>
      </p>
    </>
  );
}
