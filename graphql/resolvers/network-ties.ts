/**
 * The network's ties with what their fields show, read for the whole list at once. Resolved
 * field by field, fifty ties were some three hundred promises per request (a load for each
 * side, each alliance, each reading), and every promise costs the app server's async
 * context tracking: over HTTP the list cost 3.8 ms of processor time for 1.1 ms of work. One
 * batch of loads for the list leaves every field of a tie a plain read.
 */
import type { ActorRow, AllianceRow } from '../../data/store/rows';
import type { TieRow } from '../../data/store/repositories/aggregates';
import type { PairReading } from '../../data/pair-analysis';
import type { GraphQLContext } from '../context';
import { createPromiseLru } from '../../data/lru';
import { todayNumber } from '../../data/partial-date';
import { analysisOf } from './relations';

export interface NetworkTie extends TieRow {
  actorA: ActorRow;
  actorB: ActorRow;
  /** The alliances both sides belong to, by key. */
  alliances: AllianceRow[];
  /** The pair read today; null when the query asks for neither tension nor coverage. */
  reading: PairReading | null;
}

/** A reading is shared with the pair's own cache; what is kept here is a reference to it. */
const tieReadings = createPromiseLru<PairReading>({
  maxEntries: 4096,
  maxBytes: 1024 * 1024,
  sizeOf: () => 64,
});

/**
 * The tie's pair read today: the same analysis, cached per pair and data version, that
 * Relation.tension and Relation.coverage read, so the network and the relation agree. Kept per
 * data version and day too, so a repeated list does not look up both sides again.
 */
function readingOf(
  tie: TieRow,
  a: ActorRow,
  b: ActorRow,
  ctx: GraphQLContext,
  version: string,
): Promise<PairReading> {
  const asOf = todayNumber();
  const key = `${version}|${asOf}|${tie.a}|${tie.b}`;
  return tieReadings.get(key, () => analysisOf({ a, b, asOf }, ctx));
}

function present<T>(value: T | Error | null, what: string): T {
  if (value instanceof Error) throw value;
  if (value === null) throw new Error(`${what} is missing from the store`);
  return value;
}

export async function networkTies(
  ties: readonly TieRow[],
  ctx: GraphQLContext,
  withReadings: boolean,
): Promise<NetworkTie[]> {
  const actorIds = [...new Set(ties.flatMap((tie) => [tie.a, tie.b]))];
  const allianceIds = [...new Set(ties.flatMap((tie) => tie.allianceIds))];
  const [actors, alliances, version] = await Promise.all([
    ctx.loaders.actor.loadMany(actorIds),
    ctx.loaders.alliance.loadMany(allianceIds),
    ctx.version(),
  ]);
  const actorById = new Map(actorIds.map((id, i) => [id, present(actors[i]!, `actor ${id}`)]));
  const allianceById = new Map(allianceIds.map((id, i) => [id, present(alliances[i]!, `alliance ${id}`)]));
  return Promise.all(
    ties.map(async (tie) => {
      const actorA = actorById.get(tie.a)!;
      const actorB = actorById.get(tie.b)!;
      return {
        ...tie,
        actorA,
        actorB,
        alliances: tie.allianceIds
          .map((id) => allianceById.get(id)!)
          .sort((x, y) => x.key.localeCompare(y.key)),
        reading: withReadings ? await readingOf(tie, actorA, actorB, ctx, version) : null,
      };
    }),
  );
}

/** The reading of a tie listed without one (a field asked for under a name the list did not see). */
export async function readingOfTie(tie: NetworkTie, ctx: GraphQLContext): Promise<PairReading> {
  return tie.reading ?? readingOf(tie, tie.actorA, tie.actorB, ctx, await ctx.version());
}
