import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { signOut } from './actions';
import { deskReturnPath } from './return-path';
import { browserSession } from './session';
import { SignInForm } from './sign-in-form';
import { RecentChangesPanel } from './recent-changes/recent-changes-panel';
import styles from './desk.module.css';

export const metadata: Metadata = { title: 'Desk' };

/** The analyst's desk: sign in, then the forms that add records and the intake. */
export default async function DeskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const session = await browserSession();
  const analyst = session.analyst;
  const params = await searchParams;
  // A desk page sent the analyst here to sign in: back there afterwards.
  const next = deskReturnPath(params.next);
  if (analyst && next) redirect(next);
  if (!analyst) {
    const tokenInvalid = 'ended' in session && session.ended === 'tokenInvalid';
    const expired = params['signed-out'] !== undefined;
    return (
      <>
        <h1>Desk</h1>
        {tokenInvalid ? (
          <p className={styles.formError}>
            Your session ended: the token it was opened with is no longer valid. Sign in with a valid token.
          </p>
        ) : expired ? (
          <p className={styles.formError}>Your session has ended: sign in again.</p>
        ) : null}
        <p>Analysts add and correct records here. Sign in with your personal token.</p>
        <SignInForm next={next ?? undefined} notice={params.left !== undefined ? 'Signed out.' : undefined} />
      </>
    );
  }
  return (
    <>
      <h1>Desk</h1>
      <div className={styles.actions}>
        <p>
          Signed in as <strong>{analyst.name}</strong>.
        </p>
        <form action={signOut}>
          <button type="submit">Sign out</button>
        </form>
      </div>
      <h2>Add a record</h2>
      <ul>
        <li>
          <Link href="/desk/statement" prefetch={false}>
            New statement
          </Link>
        </li>
        <li>
          <Link href="/desk/actor" prefetch={false}>
            New actor
          </Link>
        </li>
        <li>
          <Link href="/desk/event" prefetch={false}>
            New event
          </Link>
        </li>
        <li>
          <Link href="/desk/package" prefetch={false}>
            New sanctions package
          </Link>
        </li>
        <li>
          <Link href="/desk/source" prefetch={false}>
            New source
          </Link>
        </li>
        <li>
          <Link href="/desk/intake" prefetch={false}>
            Intake: statements from a pasted article
          </Link>
        </li>
      </ul>
      <RecentChangesPanel />
    </>
  );
}
