/**
 * What each export holds: its filters (the screens' query parameters), how they become the API's
 * filter input, and its columns. Rows come from the API's own connections, executed in-process
 * and paged through with `first: 100`, so a filter means here exactly what it means in the API;
 * there is no SQL in the export.
 */
import type * as z from 'zod/mini';
import {
  ExportDesignationRegimesDocument,
  ExportDesignationsDocument,
  ExportEventsDocument,
  ExportStatementsDocument,
  type EventFilter,
  type StatementFilter,
} from '@/graphql/__generated__/client/graphql';
import { quantityInWords, type QuantityValue } from '@/data/quantity';
import { OperationError, runOperation } from '@/graphql/server';
// The screens' own schemas: a filter the screen offers is one the export takes.
import {
  EXPORT_PARAMS,
  INCLUDE_AFFILIATES,
  rawParams,
  readStrictly,
  type RawParams,
  type ReversedRange,
} from '@/app/lib/list-params';
import type { AppliedFilter, ExportRecord } from './export-file';

/** A query parameter the export cannot use; the route answers 400 with this message. */
export class FilterError extends Error {}

/** Every stored page is read through this size: the API's cap. */
const PAGE = 100;
/** A bound on the loop, far above any dataset we hold, so a faulty cursor cannot spin forever. */
const MAX_PAGES = 10_000;

/**
 * The URL's filters, read by the list's schema (the screens read theirs by the same fields): any
 * value at fault refuses the download with every message. The values are also returned as
 * `applied`, which the download names and records, in the schema's order.
 */
function readFilter<T extends { reversedRange?: ReversedRange }>(
  schema: z.ZodMiniType<T, RawParams>,
  search: URLSearchParams,
): { values: T; applied: AppliedFilter } {
  const read = readStrictly(schema, rawParams(search));
  if ('problems' in read) throw new FilterError(`${read.problems.join('. ')}.`);
  const { reversedRange, ...values } = read.values;
  if (reversedRange) throw new FilterError(reversedRange.message);
  const applied: AppliedFilter = {};
  for (const [name, value] of Object.entries(values)) {
    // An option switched on is recorded by its value, as the URL names it (`include: affiliates`).
    if (name === 'include' && value === true) applied[name] = INCLUDE_AFFILIATES;
    else if (typeof value === 'string' || Array.isArray(value)) applied[name] = value as string | string[];
  }
  return { values: read.values, applied };
}

/** The API refuses a filter value as bad user input: that is the caller's mistake, a 400. */
async function run<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof OperationError && error.allHaveCode('BAD_USER_INPUT')) {
      throw new FilterError(error.message);
    }
    throw error;
  }
}

/** Reads every page of a connection, `first: 100` at a time. */
async function readAll<N>(
  page: (after: string | null) => Promise<{
    nodes: N[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  }>,
): Promise<N[]> {
  const all: N[] = [];
  let after: string | null = null;
  for (let i = 0; i < MAX_PAGES; i += 1) {
    const { nodes, pageInfo } = await page(after);
    all.push(...nodes);
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return all;
    after = pageInfo.endCursor;
  }
  throw new Error(`stopped after ${MAX_PAGES} pages`);
}

const keys = (list: { key: string }[]) => list.map((x) => x.key);

/** Every record an export's filter matches, with the filter as it was applied. */
export interface Selection<C extends string = string> {
  filter: AppliedFilter;
  records: ExportRecord<C>[];
}

export interface Dataset<C extends string = string> {
  columns: readonly C[];
  /** The filter that names the list's subject, shown bare in a file name (see export-file.ts). */
  subject: string;
  /** Checks the query parameters (throwing FilterError) and reads every matching record. */
  select(search: URLSearchParams): Promise<Selection<C>>;
}

const STATEMENT_COLUMNS = [
  'key',
  'date',
  'speaker',
  'speaker_name',
  'targets',
  'stance',
  'intensity',
  'cameo_code',
  'topics',
  'verification',
  'quote',
  'summary',
  'source',
  'source_title',
  'source_outlet',
  'source_published',
  'source_url',
  'source_reliability',
  'excerpt',
  'note',
  'credibility',
  'via',
] as const;

export const statements: Dataset<(typeof STATEMENT_COLUMNS)[number]> = {
  columns: STATEMENT_COLUMNS,
  subject: 'speaker',
  async select(search) {
    const { values: v, applied } = readFilter(EXPORT_PARAMS.statements, search);
    const filter: StatementFilter = {
      speakers: v.speaker,
      includeAffiliated: v.include,
      targets: v.target,
      topics: v.topic,
      stances: v.stance,
      from: v.from,
      to: v.to,
      text: v.text,
    };
    const nodes = await run(() =>
      readAll(async (after) => {
        const data = await runOperation(ExportStatementsDocument, { filter, first: PAGE, after });
        return data.statements;
      }),
    );
    const records = nodes.map((s) => ({
      key: s.key,
      date: s.date,
      speaker: s.speaker.key,
      speaker_name: s.speaker.name,
      targets: keys(s.targets),
      stance: s.stance,
      intensity: s.intensity,
      cameo_code: s.cameoCode ?? null,
      topics: keys(s.topics),
      verification: s.verification,
      quote: s.quote ?? null,
      summary: s.summary,
      source: s.evidence.source.key,
      source_title: s.evidence.source.title,
      source_outlet: s.evidence.source.outlet,
      source_published: s.evidence.source.publishedAt ?? null,
      source_url: s.evidence.source.url ?? null,
      // The grade the dashboard shows beside the source (C3: reliability C, credibility 3).
      source_reliability: s.evidence.source.reliability,
      excerpt: s.evidence.excerpt ?? null,
      note: s.evidence.note ?? null,
      credibility: s.evidence.credibility,
      via: s.evidence.via?.key ?? null,
    }));
    return { filter: applied, records };
  },
};

/**
 * An event's figure in one line that keeps its bound and the source's own words:
 * "People killed in both cities: more than 210,000 people (the source: “over 210,000”)".
 */
function figureText(m: {
  label: string;
  quantity: Pick<QuantityValue, 'value' | 'bound' | 'unit'> & { text?: string | null };
}): string {
  const { quantity: q } = m;
  const said = q.text ? ` (the source: “${q.text}”)` : '';
  return `${m.label}: ${quantityInWords(q)} ${q.unit}${said}`;
}

const EVENT_COLUMNS = [
  'key',
  'date',
  'end_date',
  'kind',
  'title',
  'summary',
  'actors',
  'location',
  'figures',
  'intensity',
  'cameo_code',
  'verification',
  'sources',
  'excerpts',
] as const;

export const events: Dataset<(typeof EVENT_COLUMNS)[number]> = {
  columns: EVENT_COLUMNS,
  subject: 'actor',
  async select(search) {
    const { values: v, applied } = readFilter(EXPORT_PARAMS.events, search);
    const filter: EventFilter = {
      actors: v.actor,
      includeAffiliated: v.include,
      kinds: v.kind,
      from: v.from,
      to: v.to,
    };
    const nodes = await run(() =>
      readAll(async (after) => {
        const data = await runOperation(ExportEventsDocument, { filter, first: PAGE, after });
        return data.events;
      }),
    );
    const records = nodes.map((e) => ({
      key: e.key,
      date: e.date,
      end_date: e.endDate ?? null,
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      actors: keys(e.actors),
      location: e.location ?? null,
      figures: e.measurements.map(figureText),
      intensity: e.intensity ?? null,
      cameo_code: e.cameoCode ?? null,
      verification: e.verification,
      sources: [...new Set(e.evidence.map((ev) => ev.source.key))],
      excerpts: e.evidence.flatMap((ev) => (ev.excerpt ? [`${ev.source.key}: ${ev.excerpt}`] : [])),
    }));
    return { filter: applied, records };
  },
};

const DESIGNATION_COLUMNS = [
  'key',
  'regime',
  'designee',
  'designee_name',
  'designee_kind',
  'authority',
  'program',
  'listed_on',
  'start_date',
  'end_date',
  'status',
  'source_url',
  'origin',
] as const;

export const designations: Dataset<(typeof DESIGNATION_COLUMNS)[number]> = {
  columns: DESIGNATION_COLUMNS,
  subject: 'regime',
  async select(search) {
    const { values, applied } = readFilter(EXPORT_PARAMS.designations, search);
    const regimeKey = values.regime;
    const { sanctionRegimes } = await runOperation(ExportDesignationRegimesDocument);
    const regimes = regimeKey ? sanctionRegimes.filter((r) => r.key === regimeKey) : sanctionRegimes;
    if (regimeKey && regimes.length === 0) {
      throw new FilterError(
        `Filter "regime": no sanction regime has the key "${regimeKey}". Known: ${keys(sanctionRegimes).join(', ')}.`,
      );
    }
    const rows: ExportRecord<(typeof DESIGNATION_COLUMNS)[number]>[] = [];
    for (const regime of regimes) {
      const nodes = await run(() =>
        readAll(async (after) => {
          const data = await runOperation(ExportDesignationsDocument, {
            imposer: regime.imposer.key,
            target: regime.target.key,
            first: PAGE,
            after,
          });
          // The pair may name more than one regime; the cursor belongs to this one's list.
          const match = data.sanctionRegimes.find((r) => r.key === regime.key);
          if (!match) throw new Error(`regime ${regime.key} disappeared while exporting`);
          return match.designations;
        }),
      );
      for (const d of nodes) {
        rows.push({
          key: d.key,
          regime: regime.key,
          designee: d.designee.key,
          designee_name: d.designee.name,
          designee_kind: d.designee.kind,
          authority: d.authority,
          program: d.program ?? null,
          listed_on: d.listedOn ?? null,
          start_date: d.startDate ?? null,
          end_date: d.endDate ?? null,
          status: d.status,
          source_url: d.sourceUrl ?? null,
          origin: d.origin,
        });
      }
    }
    return { filter: applied, records: rows };
  },
};

export const DATASETS = { statements, events, designations } as const;
export type DatasetName = keyof typeof DATASETS;
