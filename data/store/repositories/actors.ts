import type { ActorKindValue, ActorRow, StorePage } from '../rows';
import { keysetPageOn } from '../keyset';
import { groupedOn, parseList, keyedLookupsOn } from './batch';
import type { Sql } from '../sql';

type ActorRaw = Omit<ActorRow, 'aliases'> & { aliases: string };

export const ACTOR_COLUMNS = `a.id, a.key, a.kind, a.name, a.aliases, a.country_code AS countryCode,
  a.wikidata_id AS wikidataId, a.title, a.affiliation_id AS affiliationId, a.description`;

export const toActor = (raw: ActorRaw): ActorRow => ({ ...raw, aliases: parseList(raw.aliases) });

export interface ActorFilterArgs {
  kinds?: ActorKindValue[] | null;
  text?: string | null;
}

/** Each alias of an actor's JSON list, as a one-column table of `value`. */
export const aliasesOf = (sql: Sql, column: string) =>
  sql.dialect === 'postgres'
    ? `(SELECT alias COLLATE "C" AS value FROM jsonb_array_elements_text(${column}::jsonb) AS alias) AS aliases`
    : `json_each(${column})`;

export function actorRepository(sql: Sql) {
  const actorLookups = keyedLookupsOn(sql, ACTOR_COLUMNS, 'actors a', toActor);
  return {
    byIds: actorLookups.byIds,
    byKeys: actorLookups.byKeys,
    /**
     * People and bodies that speak for each actor (Nozdrev for Russia). Kept per data version
     * and asked set: every pair's reading starts here, and the network asks the same hundred
     * actors on every request.
     */
    affiliatesOf: (ids: readonly number[]) =>
      sql.memo(`affiliates-of:${ids.join(',')}`, () =>
        groupedOn(
          sql,
          `SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.affiliation_id IN (:ids) ORDER BY a.id`,
          ids,
          (r: ActorRaw) => r.affiliationId as number,
          toActor,
        ),
      ),
    page(filter: ActorFilterArgs, after: unknown[] | null, first: number): Promise<StorePage<ActorRow>> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.kinds?.length) {
        where.push(`a.kind IN (${filter.kinds.map(() => '?').join(', ')})`);
        params.push(...filter.kinds);
      }
      if (filter.text) {
        // instr on lowered text: a plain substring test, so no input is a pattern.
        // Aliases are matched one by one, not through the column's JSON text.
        where.push(`(instr(lower(a.name), lower(?)) > 0
          OR EXISTS (SELECT 1 FROM ${aliasesOf(sql, 'a.aliases')} WHERE instr(lower(value), lower(?)) > 0)
          OR instr(a.key, lower(?)) > 0)`);
        params.push(filter.text, filter.text, filter.text);
      }
      return keysetPageOn(sql, {
        select: ACTOR_COLUMNS,
        from: 'actors a',
        where,
        params,
        orderBy: ['a.name COLLATE NOCASE', 'a.id'],
        direction: 'ASC',
        start: after,
        size: first,
        map: toActor,
        positionOf: (r: ActorRaw) => [r.name, r.id],
      });
    },
  };
}
