import Link from 'next/link';
import { KINDS, type Kind } from './record-view';

/**
 * The desk's ways to change a standing record, for analysts: a statement can be corrected or
 * retracted, an event or a sanctions package retracted. Both pages ask to sign in first.
 */
export function AnalystLinks({ id, kind }: { id: string; kind: Kind }) {
  const path = encodeURIComponent(id);
  const retract = (
    <Link href={`/desk/retract/${path}`} prefetch={false}>
      {kind === 'Statement' ? 'Retract it' : `Retract this ${KINDS[kind].noun}`}
    </Link>
  );
  return (
    <p className="fine-print" data-part="analyst-links">
      Analysts:{' '}
      {kind === 'Statement' ? (
        <>
          <Link href={`/desk/correct/${path}`} prefetch={false}>
            Correct this statement
          </Link>{' '}
          · {retract}
        </>
      ) : (
        retract
      )}
    </p>
  );
}
