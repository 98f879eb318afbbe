/**
 * Every actor by each of its names and aliases, folded as the intake folds names (accents and
 * case dropped), for matching the names a pasted text uses. Built once per data version and
 * runner: a text is matched word span by word span, hundreds of lookups, and the imported
 * designees make the actors too many to scan per lookup. On a name two actors share, the one
 * added first (the curated dataset's) wins.
 */
import type { Sql } from '../sql';
import { foldName } from '../../intake/fold';
import type { ActorRef } from '../../intake/actors-named';

interface NamedActor {
  key: string;
  kind: string;
  name: string;
  aliases: string;
  affiliationKey: string | null;
}

// One index per runner, of its latest version only: the index holds every actor, so an older
// version's is let go rather than kept in a shared cache beside it.
const built = new WeakMap<Sql, { version: string; index: Promise<Map<string, ActorRef>> }>();

async function buildIndex(sql: Sql): Promise<Map<string, ActorRef>> {
  const index = new Map<string, ActorRef>();
  const rows = await sql.all<NamedActor>(
    `SELECT a.key, a.kind, a.name, a.aliases, aff.key AS affiliationKey
     FROM actors a LEFT JOIN actors aff ON aff.id = a.affiliation_id ORDER BY a.id`,
  );
  for (const row of rows) {
    const ref: ActorRef = { key: row.key, kind: row.kind, affiliationKey: row.affiliationKey };
    for (const name of [row.name, ...(JSON.parse(row.aliases) as string[])]) {
      const folded = foldName(name);
      if (folded && !index.has(folded)) index.set(folded, ref);
    }
  }
  return index;
}

export function actorNames(sql: Sql) {
  return {
    /** The actor a folded name or alias belongs to, or null. */
    async matcher(): Promise<(foldedName: string) => ActorRef | null> {
      const version = await sql.version();
      let held = built.get(sql);
      if (held?.version !== version) {
        const index = buildIndex(sql);
        held = { version, index };
        built.set(sql, held);
        // A failed build is not kept: the next request builds again.
        index.catch(() => {
          if (built.get(sql)?.index === index) built.delete(sql);
        });
      }
      const index = await held.index;
      return (foldedName) => index.get(foldedName) ?? null;
    },
  };
}
