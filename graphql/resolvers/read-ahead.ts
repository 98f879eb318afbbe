/**
 * Reads what a page's selected fields link to right after the page, one batch per kind, so that
 * each field then answers from its loader at once instead of with a promise of its own (see
 * ReadLoader). A page of twenty statements with speakers, targets and evidence made about a
 * thousand promises before this.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Loaders } from '../../data/store/loaders';
import type { EventRow, EvidenceRow, StatementRow, StorePage } from '../../data/store/rows';
import { connection, type ConnectionValue } from '../connections';
import { selectsPath } from '../selection';

/** Whether a connection's nodes select `path`, through `nodes` or `edges { node }`. */
function nodesSelect(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return selectsPath(info, ['nodes', ...path]) || selectsPath(info, ['edges', 'node', ...path]);
}

/** A connection over a page, made once `readAhead` has read the links its nodes select. */
function readingAhead<T>(
  readAhead: (ctx: GraphQLContext, info: GraphQLResolveInfo, rows: readonly T[]) => Promise<void>,
) {
  return async (
    ctx: GraphQLContext,
    info: GraphQLResolveInfo,
    list: string,
    page: StorePage<T>,
    withAffiliated?: () => Promise<number>,
  ): Promise<ConnectionValue<T>> => {
    await readAhead(ctx, info, page.rows);
    return connection(list, page, withAffiliated);
  };
}

export const statementConnection = readingAhead(readStatementLinksAhead);
export const eventConnection = readingAhead(readEventLinksAhead);

/** Speakers, targets, and the evidence shown (with its source and via) of a page of statements. */
async function readStatementLinksAhead(
  { loaders }: GraphQLContext,
  info: GraphQLResolveInfo,
  rows: readonly StatementRow[],
): Promise<void> {
  // A retracted statement's links are the ones it kept, which its own fields read.
  const live = rows.filter((s) => !s.retracted).map((s) => s.id);
  const reads: Promise<void>[] = [];
  if (nodesSelect(info, ['speaker'])) reads.push(loaders.actor.readAhead(rows.map((s) => s.speakerId)));
  if (nodesSelect(info, ['targets'])) reads.push(loaders.statementTargets.readAhead(live));
  // The API shows a statement's first evidence only.
  if (nodesSelect(info, ['evidence'])) reads.push(readEvidenceAhead(loaders, info, 'Statement', live, 1));
  await Promise.all(reads);
}

/** Actors, measurements, and evidence (with its sources and vias) of a page of events. */
async function readEventLinksAhead(
  { loaders }: GraphQLContext,
  info: GraphQLResolveInfo,
  rows: readonly EventRow[],
): Promise<void> {
  const live = rows.filter((e) => !e.retracted).map((e) => e.id);
  const reads: Promise<void>[] = [];
  if (nodesSelect(info, ['actors'])) reads.push(loaders.eventActors.readAhead(live));
  if (nodesSelect(info, ['measurements'])) reads.push(loaders.eventMeasurements.readAhead(live));
  if (nodesSelect(info, ['evidence'])) reads.push(readEvidenceAhead(loaders, info, 'Event', live, Infinity));
  await Promise.all(reads);
}

/** The evidence of `ids`, then the sources and vias of its first `shown` rows each, as selected. */
async function readEvidenceAhead(
  loaders: Loaders,
  info: GraphQLResolveInfo,
  type: 'Statement' | 'Event',
  ids: readonly number[],
  shown: number,
): Promise<void> {
  await loaders.evidence[type].readAhead(ids);
  const rows: EvidenceRow[] = ids.flatMap((id) => loaders.evidence[type].peek(id)?.slice(0, shown) ?? []);
  await Promise.all([
    nodesSelect(info, ['evidence', 'source']) && loaders.source.readAhead(rows.map((e) => e.sourceId)),
    nodesSelect(info, ['evidence', 'via']) &&
      loaders.actor.readAhead(rows.flatMap((e) => (e.viaId === null ? [] : [e.viaId]))),
  ]);
}
