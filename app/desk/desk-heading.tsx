import Link from 'next/link';

/** The top of a desk screen: the way back to the desk, who is signed in, and the screen's name. */
export function DeskHeading({ analystName, title }: { analystName: string; title: string }) {
  return (
    <>
      <p>
        <Link href="/desk" prefetch={false}>
          Desk
        </Link>{' '}
        · signed in as {analystName}
      </p>
      <h1>{title}</h1>
    </>
  );
}
