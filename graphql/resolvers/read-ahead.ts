/**
 * Reads what a page's selected fields link to right after the page, one batch per kind, so that
 * each field then answers from its loader at once instead of with a promise of its own (see
 * ReadLoader). A page of twenty statements with speakers, targets and evidence made about a
 * thousand promises before this.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Loaders } from '../../data/store/loaders';
import type { StatementRow, StorePage } from '../../data/store/rows';
import { connection, type ConnectionValue } from '../connections';
import { selectsPath } from '../selection';

/** Whether a connection's nodes select `path`, through `nodes` or `edges { node }`. */
function nodesSelect(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return selectsPath(info, ['nodes', ...path]) || selectsPath(info, ['edges', 'node', ...path]);
}

/** A connection over a page of statements, the links its nodes select read ahead. */
export async function statementConnection(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  list: string,
  page: StorePage<StatementRow>,
  withAffiliated?: () => Promise<number>,
): Promise<ConnectionValue<StatementRow>> {
  await readStatementLinksAhead(ctx, info, page.rows);
  return connection(list, page, withAffiliated);
}

/** Speakers, targets, and the evidence shown (with its source and via) of a page of statements. */
export async function readStatementLinksAhead(
  { loaders }: GraphQLContext,
  info: GraphQLResolveInfo,
  rows: readonly StatementRow[],
): Promise<void> {
  // A retracted statement's links are the ones it kept, which its own fields read.
  const live = rows.filter((s) => !s.retracted).map((s) => s.id);
  const reads: Promise<void>[] = [];
  if (nodesSelect(info, ['speaker'])) reads.push(loaders.actor.readAhead(rows.map((s) => s.speakerId)));
  if (nodesSelect(info, ['targets'])) reads.push(loaders.statementTargets.readAhead(live));
  if (nodesSelect(info, ['evidence'])) {
    const fields = {
      source: nodesSelect(info, ['evidence', 'source']),
      via: nodesSelect(info, ['evidence', 'via']),
    };
    reads.push(readEvidenceAhead(loaders, live, fields));
  }
  await Promise.all(reads);
}

async function readEvidenceAhead(
  loaders: Loaders,
  ids: readonly number[],
  fields: { source: boolean; via: boolean },
): Promise<void> {
  await loaders.evidence.Statement.readAhead(ids);
  // The API shows a statement's first evidence only.
  const shown = ids.flatMap((id) => loaders.evidence.Statement.peek(id)?.slice(0, 1) ?? []);
  await Promise.all([
    fields.source && loaders.source.readAhead(shown.map((e) => e.sourceId)),
    fields.via && loaders.actor.readAhead(shown.flatMap((e) => (e.viaId === null ? [] : [e.viaId]))),
  ]);
}
