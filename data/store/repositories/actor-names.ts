/**
 * Every actor by each of its names and aliases, folded as the intake folds names (accents and
 * case dropped), for matching the names a pasted text uses. Built once per data version and
 * connection: a text is matched word span by word span, hundreds of lookups, and the imported
 * designees make the actors too many to scan per lookup. On a name two actors share, the one
 * added first (the curated dataset's) wins.
 */
import type { Db } from '../open';
import { dataVersion } from '../version';
import { foldName } from '../../intake/fold';
import type { ActorRef } from '../../intake/actors-named';

interface NamedActor {
  key: string;
  kind: string;
  name: string;
  aliases: string;
  affiliationKey: string | null;
}

const built = new WeakMap<Db, { version: string; index: Map<string, ActorRef> }>();

function buildIndex(db: Db): Map<string, ActorRef> {
  const index = new Map<string, ActorRef>();
  const rows = db
    .prepare(
      `SELECT a.key, a.kind, a.name, a.aliases, aff.key AS affiliationKey
       FROM actors a LEFT JOIN actors aff ON aff.id = a.affiliation_id ORDER BY a.id`,
    )
    .iterate() as IterableIterator<NamedActor>;
  for (const row of rows) {
    const ref: ActorRef = { key: row.key, kind: row.kind, affiliationKey: row.affiliationKey };
    for (const name of [row.name, ...(JSON.parse(row.aliases) as string[])]) {
      const folded = foldName(name);
      if (folded && !index.has(folded)) index.set(folded, ref);
    }
  }
  return index;
}

export function actorNames(db: Db) {
  return {
    /** The actor a folded name or alias belongs to, or null. */
    matcher(): (foldedName: string) => ActorRef | null {
      const version = dataVersion(db);
      let held = built.get(db);
      if (held?.version !== version) {
        held = { version, index: buildIndex(db) };
        built.set(db, held);
      }
      const { index } = held;
      return (foldedName) => index.get(foldedName) ?? null;
    },
  };
}
