/**
 * The FtM import into PostgreSQL: the file is read, checked and weighed exactly as for SQLite
 * (./ftm.ts), then written in one transaction. Designees and designations, by the hundred
 * thousand, are streamed by COPY into temporary tables and written set-based; countries'
 * states are looked up once; regimes, a few dozen, are written one by one with the steps
 * SQLite runs (./ftm-store.ts). The end state is SQLite's: the same rows, and the same ids
 * where the two databases held the same before, because new rows are inserted in the order
 * SQLite's loop creates them.
 *
 * New rows are inserted apart from updated ones, not by INSERT ... ON CONFLICT: that draws an
 * id for every row it tries, held or not, and the ids would run ahead of SQLite's. A statement
 * with nothing to write is not run, so an import that changes nothing moves no data version.
 */
import type pg from 'pg';
import { copyRows, UncopyableRow } from '../../store/pg/copy-rows';
import { inPostgresWriteTransaction, runAsync } from '../../store/pg/run-writes';
import { contentHash, recordWrites } from '../../store/writes/records';
import { countryInfo } from './country-codes';
import {
  importSummary,
  noLeftovers,
  readFtmFile,
  placedSanctions,
  type ImportOptions,
  type ImportSummary,
  type PlacedSanction,
} from './ftm';
import { FtmImportError, ftmKey } from './ftm-entities';
import {
  countryColumns,
  countryKey,
  designationColumns,
  designeeColumns,
  noOutcomes,
  regimeWrite,
  type ActorRef,
  type Outcomes,
} from './ftm-store';

type Role = 'country' | 'designee';

/** An actor the import writes, with the position SQLite's loop first writes it at. */
interface PlannedActor {
  ordinal: number;
  key: string;
  role: Role;
  kind: string;
  name: string;
  aliases: string;
  countryCode: string | null;
  origin: string;
  hash: string;
}

const ACTOR_STAGE = `CREATE TEMP TABLE ftm_actors (
  ordinal integer NOT NULL, key text COLLATE "C" PRIMARY KEY, role text NOT NULL, kind text NOT NULL,
  name text COLLATE "C" NOT NULL, aliases text COLLATE "C" NOT NULL, country_code text COLLATE "C",
  origin text COLLATE "C" NOT NULL, hash text COLLATE "C" NOT NULL) ON COMMIT DROP`;
const ACTOR_COLUMNS = ['ordinal', 'key', 'role', 'kind', 'name', 'aliases', 'country_code', 'origin', 'hash'];

/** The columns of a designation, as designationColumns names them. */
const DESIGNATION_COLUMNS = [
  'regime_id',
  'designee_id',
  'authority',
  'program',
  'listed_on',
  'start_date',
  'end_date',
  'sort_date',
  'status',
  'source_url',
  'origin_dataset',
] as const;
const DESIGNATION_STAGE = `CREATE TEMP TABLE ftm_designations (
  ordinal integer NOT NULL, key text COLLATE "C" PRIMARY KEY, regime_id integer NOT NULL,
  designee_id integer NOT NULL, authority text COLLATE "C" NOT NULL, program text COLLATE "C",
  listed_on text COLLATE "C", start_date text COLLATE "C", end_date text COLLATE "C",
  sort_date text COLLATE "C" NOT NULL, status text COLLATE "C" NOT NULL, source_url text COLLATE "C",
  origin_dataset text COLLATE "C" NOT NULL, origin text COLLATE "C" NOT NULL,
  hash text COLLATE "C" NOT NULL) ON COMMIT DROP`;

/**
 * How many staged rows are new, changed and unchanged against `table`, by the value of the
 * `group` expression over the stage `s`.
 */
async function stagedOutcomes(
  client: pg.ClientBase,
  stage: string,
  table: string,
  group: string,
): Promise<Map<string, Outcomes>> {
  const { rows } = await client.query<Outcomes & { role: string }>(
    `SELECT ${group} AS role, count(*) FILTER (WHERE t.id IS NULL)::int AS created,
       count(*) FILTER (WHERE t.content_hash <> s.hash)::int AS updated,
       count(*) FILTER (WHERE t.content_hash = s.hash)::int AS unchanged
     FROM ${stage} s LEFT JOIN ${table} t ON t.key = s.key GROUP BY 1`,
  );
  return new Map(rows.map(({ role, ...outcomes }) => [role, outcomes]));
}

const add = (into: Outcomes, more: Outcomes | undefined) => {
  if (!more) return;
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
};

/**
 * Walks the placed Sanctions as SQLite's loop does, and plans the actors it would write: each
 * country no STATE stands for, and each designee, at the position of its first write.
 */
function planActors(placed: readonly PlacedSanction[], states: Map<string, ActorRef>) {
  const actors = new Map<string, PlannedActor>();
  const counts: Record<Role, Outcomes> = { country: noOutcomes(), designee: noOutcomes() };
  const countryKeys = new Map<string, string>();
  /** A second write of a key in one import (two codes with one slug) updates or leaves it. */
  const plan = (actor: Omit<PlannedActor, 'ordinal'>) => {
    const held = actors.get(actor.key);
    if (!held) actors.set(actor.key, { ...actor, ordinal: actors.size });
    else if (held.hash === actor.hash) counts[actor.role].unchanged += 1;
    else {
      actors.set(actor.key, { ...actor, ordinal: held.ordinal });
      counts[actor.role].updated += 1;
    }
  };
  const country = (code: string, origin: string): string => {
    const cached = countryKeys.get(code);
    if (cached !== undefined) return cached;
    const info = countryInfo(code);
    const state = info.alpha3 ? states.get(info.alpha3) : undefined;
    let key: string;
    if (state) {
      key = state.key;
      counts.country.unchanged += 1;
    } else {
      key = countryKey(code);
      const columns = countryColumns(info);
      plan({
        key,
        role: 'country',
        ...columns,
        countryCode: columns.country_code,
        origin,
        hash: contentHash(columns),
      });
    }
    countryKeys.set(code, key);
    return key;
  };
  const designeeKeys = new Set<string>();
  const pairs = placed.map(({ sanction: s, designee: d }) => {
    const imposer = country(s.imposer, `import:${s.dataset}`);
    const target = country(d.country, `import:${s.dataset}`);
    if (!designeeKeys.has(d.id)) {
      designeeKeys.add(d.id);
      const columns = designeeColumns(d);
      plan({
        key: ftmKey(d.id),
        role: 'designee',
        ...columns,
        countryCode: null,
        origin: `import:${d.dataset}`,
        hash: contentHash(columns),
      });
    }
    return { imposer, target };
  });
  return { actors, counts, pairs };
}

/** The first STATE actor of each alpha-3 code the file's countries have, as SQLite looks them up. */
async function statesByCode(client: pg.ClientBase, placed: readonly PlacedSanction[]) {
  const codes = new Set<string>();
  for (const { sanction, designee } of placed) {
    for (const code of [sanction.imposer, designee.country]) {
      const alpha3 = countryInfo(code).alpha3;
      if (alpha3) codes.add(alpha3);
    }
  }
  const { rows } = await client.query<{ code: string; id: number; key: string }>(
    `SELECT DISTINCT ON (country_code) country_code AS code, id, key FROM actors
     WHERE kind = 'STATE' AND country_code = ANY($1::text[]) ORDER BY country_code, id`,
    [[...codes]],
  );
  return new Map(rows.map(({ code, id, key }) => [code, { id, key }]));
}

/** Writes the planned actors; returns the id of each actor key the import names. */
async function writeActors(client: pg.ClientBase, planned: Map<string, PlannedActor>, file: string) {
  await client.query(ACTOR_STAGE);
  await copyRows(
    client,
    'ftm_actors',
    ACTOR_COLUMNS,
    [...planned.values()].map((a) => [
      a.ordinal,
      a.key,
      a.role,
      a.kind,
      a.name,
      a.aliases,
      a.countryCode,
      a.origin,
      a.hash,
    ]),
    (row) => `${file}: actor "${String(row[1])}"`,
  );
  const outcomes = await stagedOutcomes(client, 'ftm_actors', 'actors', 's.role');
  if ([...outcomes.values()].some((o) => o.updated > 0)) {
    // A designee's write leaves the actor's country code as it was, as SQLite's does.
    await client.query(
      `UPDATE actors a SET kind = s.kind, name = s.name, aliases = s.aliases,
         country_code = CASE WHEN s.role = 'country' THEN s.country_code ELSE a.country_code END,
         origin = s.origin, content_hash = s.hash
       FROM ftm_actors s WHERE a.key = s.key AND a.content_hash <> s.hash`,
    );
  }
  if ([...outcomes.values()].some((o) => o.created > 0)) {
    await client.query(
      `INSERT INTO actors (key, kind, name, aliases, country_code, origin, content_hash)
       SELECT s.key, s.kind, s.name, s.aliases, s.country_code, s.origin, s.hash FROM ftm_actors s
       WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.key = s.key) ORDER BY s.ordinal`,
    );
  }
  const { rows } = await client.query<{ key: string; id: number }>(
    'SELECT s.key, a.id FROM ftm_actors s JOIN actors a ON a.key = s.key',
  );
  return { outcomes, ids: new Map(rows.map(({ key, id }) => [key, id])) };
}

/** Writes the designations; `regimeIds` and `designeeIds` are by position in `placed`. */
async function writeDesignations(
  client: pg.ClientBase,
  placed: readonly PlacedSanction[],
  regimeIds: readonly number[],
  designeeIds: readonly number[],
  file: string,
  onWritten: (done: number) => void,
): Promise<Outcomes> {
  await client.query(DESIGNATION_STAGE);
  function* rows(): Generator<unknown[]> {
    for (const [i, { sanction: s, status }] of placed.entries()) {
      if ((i + 1) % 1000 === 0) onWritten(i + 1);
      const columns = designationColumns(s, designeeIds[i]!, regimeIds[i]!, status);
      const values = DESIGNATION_COLUMNS.map((c) => columns[c]);
      yield [i, ftmKey(s.id), ...values, `import:${s.dataset}`, contentHash(columns)];
    }
  }
  await copyRows(
    client,
    'ftm_designations',
    ['ordinal', 'key', ...DESIGNATION_COLUMNS, 'origin', 'hash'],
    rows(),
    (row) => {
      const { sanction } = placed[row[0] as number]!;
      return `${file}:${sanction.line}: sanction "${sanction.id}"`;
    },
  );
  const byAll = await stagedOutcomes(client, 'ftm_designations', 'sanction_designations', "'all'");
  const outcomes = byAll.get('all') ?? noOutcomes();
  const names = [...DESIGNATION_COLUMNS, 'origin'];
  if (outcomes.updated > 0) {
    await client.query(
      `UPDATE sanction_designations d SET ${names.map((n) => `${n} = s.${n}`).join(', ')}, content_hash = s.hash
       FROM ftm_designations s WHERE d.key = s.key AND d.content_hash <> s.hash`,
    );
  }
  if (outcomes.created > 0) {
    await client.query(
      `INSERT INTO sanction_designations (key, ${names.join(', ')}, content_hash)
       SELECT s.key, ${names.map((n) => `s.${n}`).join(', ')}, s.hash FROM ftm_designations s
       WHERE NOT EXISTS (SELECT 1 FROM sanction_designations d WHERE d.key = s.key) ORDER BY s.ordinal`,
    );
  }
  onWritten(placed.length);
  return outcomes;
}

/**
 * Imports `file` into the PostgreSQL database of `pool` (migrated) in one transaction: a file
 * refused, or a write that fails, leaves it exactly as it was.
 */
export async function importFtmToPostgres(
  pool: pg.Pool,
  file: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const read = await readFtmFile(file, options);
  const leftovers = noLeftovers();
  const placed = [...placedSanctions(read, leftovers)];
  const writing = (done: number) => options.onProgress?.({ phase: 'write', done, total: placed.length });
  try {
    return await inPostgresWriteTransaction(pool, async (client) => {
      const states = await statesByCode(client, placed);
      const { actors, counts, pairs } = planActors(placed, states);
      const written = await writeActors(client, actors, file);
      add(counts.country, written.outcomes.get('country'));
      add(counts.designee, written.outcomes.get('designee'));
      const ids = new Map([...[...states.values()].map((s) => [s.key, s.id] as const), ...written.ids]);
      const actorRef = (key: string): ActorRef => ({ key, id: ids.get(key)! });

      // Regimes in the order SQLite's loop first meets their pair.
      const regimes = { counts: noOutcomes(), byPair: new Map<string, number>() };
      const steps = recordWrites('postgres');
      const regimeIds: number[] = [];
      for (const [i, { imposer, target }] of pairs.entries()) {
        const pair = `${imposer} ${target}`;
        let id = regimes.byPair.get(pair);
        if (id === undefined) {
          const write = regimeWrite(steps, actorRef(imposer), actorRef(target), placed[i]!.sanction.dataset);
          const made = await runAsync(client, write);
          regimes.counts[made.outcome] += 1;
          regimes.byPair.set(pair, (id = made.id));
        }
        regimeIds.push(id);
      }
      const designeeIds = placed.map(({ designee }) => actorRef(ftmKey(designee.id)).id);
      const designations = await writeDesignations(client, placed, regimeIds, designeeIds, file, writing);
      return importSummary(
        read,
        { designations, designees: counts.designee, countries: counts.country, regimes: regimes.counts },
        leftovers,
      );
    });
  } catch (error) {
    if (error instanceof UncopyableRow) throw new FtmImportError(error.message, { cause: error });
    throw error;
  }
}
