/**
 * The write repository of dataset records: rows by key with a content hash
 * (./keyed-rows.ts), and the child rows a record owns (evidence, links, measurements,
 * figures). The dataset writer, the API's writes and the importers reach the database only
 * through here, so the SQL of every write lives in data/store. Each write is a generator of
 * queries (./steps.ts), run on SQLite or PostgreSQL.
 *
 * `fresh` says the owning row was created by this write: it has no children yet, so the
 * deletes that would clear its old ones are skipped (a third of a bulk load).
 */
import type { Dialect } from '../sql';
import type { RecordType } from '../rows';
import { existingRow, upsertKeyed } from './keyed-rows';
import { all, batch, get, run, type Gen, type Runs } from './steps';
import { statementWords } from '../../statement-words';
import { comparableUrl } from '../../comparable-url';

export { contentHash, type WriteOutcome } from './keyed-rows';

/** Tables whose rows are written by their dataset key. */
export type KeyedTable =
  | 'sources'
  | 'actors'
  | 'topics'
  | 'statements'
  | 'events'
  | 'sanction_regimes'
  | 'sanction_packages'
  | 'sanction_designations'
  | 'alliances'
  | 'memberships'
  | 'offices';

/** One evidence row of a record, its references already resolved to ids. */
export interface EvidenceRowValues {
  sourceId: number;
  viaId: number | null;
  excerpt: string | null;
  note: string | null;
  credibility: string;
  inference: string | null;
}

export interface QuantityColumns {
  value: number;
  bound: string;
  unit: string;
  text?: string | null;
}

export interface MeasurementRowValues {
  label: string;
  quantity: QuantityColumns;
}

export interface FigureRowValues extends EvidenceRowValues {
  metric: string;
  quantity: QuantityColumns;
  claimantId: number | null;
  /** When the claim was made (partial date) and that date's first day, for ordering. */
  date: string;
  claimedStart: string;
}

/** The delete of a row's old children; none for a fresh row (see above). */
const cleared = (fresh: boolean, text: string, ...params: unknown[]): Runs[] =>
  fresh ? [] : [{ text, rows: [params] }];

/** Replaces `ownerId`'s links in a link table, in order; a key listed twice links once. */
function linkRuns(
  table: 'statement_targets' | 'statement_topics' | 'event_actors',
  ownerColumn: 'statement_id' | 'event_id',
  column: 'actor_id' | 'topic_id',
  ownerId: number,
  ids: readonly number[],
  fresh: boolean,
  extra: Record<string, unknown> = {},
): Runs[] {
  const names = Object.keys(extra);
  const extraValues = Object.values(extra);
  return [
    ...cleared(fresh, `DELETE FROM ${table} WHERE ${ownerColumn} = ?`, ownerId),
    {
      text: `INSERT INTO ${table} (${[ownerColumn, column, 'position', ...names].join(', ')})
       VALUES (?, ?, ?${names.map(() => ', ?').join('')})`,
      rows: [...new Set(ids)].map((id, i) => [ownerId, id, i, ...extraValues]),
    },
  ];
}

/**
 * The statements that replace a record's child rows, as plain lists: a writer runs all of one
 * record's children in one step (./steps.ts, batch).
 */
export const childRuns = {
  evidence: (
    recordType: RecordType,
    recordId: number,
    evidence: readonly EvidenceRowValues[],
    fresh: boolean,
  ): Runs[] => [
    ...cleared(fresh, 'DELETE FROM evidence WHERE record_type = ? AND record_id = ?', recordType, recordId),
    {
      text: `INSERT INTO evidence (record_type, record_id, position, source_id, excerpt, note, via_id, credibility, inference)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      rows: evidence.map((e, i) => [
        recordType,
        recordId,
        i,
        e.sourceId,
        e.excerpt,
        e.note,
        e.viaId,
        e.credibility,
        e.inference,
      ]),
    },
  ],

  /** One package's competing counts, in the dataset's order (position counts across metrics). */
  packageFigures: (packageId: number, figures: readonly FigureRowValues[], fresh: boolean): Runs[] => [
    ...cleared(fresh, 'DELETE FROM package_figures WHERE package_id = ?', packageId),
    {
      text: `INSERT INTO package_figures (package_id, metric, position, value, bound, unit, text, claimant_id, claimed_on,
           claimed_start, source_id, excerpt, note, via_id, credibility, inference)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      rows: figures.map((f, i) => [
        packageId,
        f.metric,
        i,
        f.quantity.value,
        f.quantity.bound,
        f.quantity.unit,
        f.quantity.text ?? null,
        f.claimantId,
        f.date,
        f.claimedStart,
        f.sourceId,
        f.excerpt,
        f.note,
        f.viaId,
        f.credibility,
        f.inference,
      ]),
    },
  ],

  /**
   * A statement's targets. Each link carries its statement's day, so "statements about X"
   * walks it by date, and what a pair's tension reads of it (speaker, intensity, date), so a
   * pair's statements come from the link index alone (migration 008).
   */
  statementTargets: (
    statementId: number,
    actorIds: readonly number[],
    link: { dateStart: string; speakerId: number; intensity: number; date: string },
    fresh: boolean,
  ): Runs[] =>
    linkRuns('statement_targets', 'statement_id', 'actor_id', statementId, actorIds, fresh, {
      date_start: link.dateStart,
      speaker_id: link.speakerId,
      intensity: link.intensity,
      date: link.date,
    }),

  statementTopics: (statementId: number, topicIds: readonly number[], fresh: boolean): Runs[] =>
    linkRuns('statement_topics', 'statement_id', 'topic_id', statementId, topicIds, fresh),

  eventActors: (eventId: number, actorIds: readonly number[], fresh: boolean): Runs[] =>
    linkRuns('event_actors', 'event_id', 'actor_id', eventId, actorIds, fresh),

  measurements: (eventId: number, measurements: readonly MeasurementRowValues[], fresh: boolean): Runs[] => [
    ...cleared(fresh, 'DELETE FROM measurements WHERE event_id = ?', eventId),
    {
      text: 'INSERT INTO measurements (event_id, position, label, value, bound, unit, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
      rows: measurements.map((m, i) => [
        eventId,
        i,
        m.label,
        m.quantity.value,
        m.quantity.bound,
        m.quantity.unit,
        m.quantity.text ?? null,
      ]),
    },
  ],

  /** A regime's figures; positions count within each metric, in the order given. */
  regimeFigures(regimeId: number, figures: readonly FigureRowValues[], fresh: boolean): Runs[] {
    const positions = new Map<string, number>();
    return [
      ...cleared(fresh, 'DELETE FROM regime_figures WHERE regime_id = ?', regimeId),
      {
        text: `INSERT INTO regime_figures (regime_id, metric, position, value, bound, unit, text, source_id, excerpt, note,
           via_id, claimant_id, claimed_on, claimed_start, credibility, inference)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        rows: figures.map((f) => {
          const position = positions.get(f.metric) ?? 0;
          positions.set(f.metric, position + 1);
          return [
            regimeId,
            f.metric,
            position,
            f.quantity.value,
            f.quantity.bound,
            f.quantity.unit,
            f.quantity.text ?? null,
            f.sourceId,
            f.excerpt,
            f.note,
            f.viaId,
            f.claimantId,
            f.date,
            f.claimedStart,
            f.credibility,
            f.inference,
          ];
        }),
      },
    ];
  },
};

export function recordWrites(dialect: Dialect) {
  /** The first of `rows` whose `text` says `words` as statementWords compares them. */
  const saying = <R>(rows: R[], text: (row: R) => string | null, words: string) =>
    rows.find((row) => {
      const said = text(row);
      return said !== null && statementWords(said) === words;
    });

  // An event's actors' keys, each once, in order, joined by spaces (NULL when it has none).
  const actorKeysOfEvent =
    dialect === 'postgres'
      ? `(SELECT string_agg(DISTINCT a.key, ' ' ORDER BY a.key) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
          WHERE ea.event_id = e.id)`
      : `(SELECT group_concat(key, ' ') FROM (
            SELECT DISTINCT a.key FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
            WHERE ea.event_id = e.id ORDER BY a.key))`;

  return {
    /** The id of the row `key` names in `table`, if there is one. */
    *idOf(table: KeyedTable, key: string): Gen<number | undefined> {
      return (yield* existingRow(table, key))?.id;
    },

    /** Inserts or updates `table`'s row for `key` with `columns` (only those are touched). */
    upsert: (
      table: KeyedTable,
      key: string,
      columns: Record<string, unknown>,
      stamp: { hash: string; origin: string },
    ) => upsertKeyed(table, key, columns, stamp),

    *setAffiliation(actorId: number, affiliationId: number | null): Gen<void> {
      yield* run('UPDATE actors SET affiliation_id = ? WHERE id = ?', [affiliationId, actorId]);
    },

    replaceEvidence: (
      recordType: RecordType,
      recordId: number,
      evidence: readonly EvidenceRowValues[],
      fresh: boolean,
    ) => batch(childRuns.evidence(recordType, recordId, evidence, fresh)),
    replacePackageFigures: (packageId: number, figures: readonly FigureRowValues[], fresh: boolean) =>
      batch(childRuns.packageFigures(packageId, figures, fresh)),
    replaceStatementTargets: (
      statementId: number,
      actorIds: readonly number[],
      link: { dateStart: string; speakerId: number; intensity: number; date: string },
      fresh: boolean,
    ) => batch(childRuns.statementTargets(statementId, actorIds, link, fresh)),
    replaceStatementTopics: (statementId: number, topicIds: readonly number[], fresh: boolean) =>
      batch(childRuns.statementTopics(statementId, topicIds, fresh)),
    replaceEventActors: (eventId: number, actorIds: readonly number[], fresh: boolean) =>
      batch(childRuns.eventActors(eventId, actorIds, fresh)),
    replaceMeasurements: (eventId: number, measurements: readonly MeasurementRowValues[], fresh: boolean) =>
      batch(childRuns.measurements(eventId, measurements, fresh)),
    replaceRegimeFigures: (regimeId: number, figures: readonly FigureRowValues[], fresh: boolean) =>
      batch(childRuns.regimeFigures(regimeId, figures, fresh)),

    /**
     * A statement `speakerKey` made on exactly `date` (as written: "2025-06" is not "2025-06-02")
     * that says `words` (statementWords of a quote, or of a summary when `byQuote` is false).
     * Only that speaker's statements of that date are read; their words compare here, in
     * JavaScript, so that both engines compare them by the one rule.
     */
    *statementSaying(
      speakerKey: string,
      date: string,
      words: string,
      byQuote: boolean,
      /** A statement not to compare with: the one a correction rewrites. */
      exceptKey = '',
    ): Gen<string | undefined> {
      const column = byQuote ? 's.quote' : 's.summary';
      const candidates = yield* all<{ key: string; said: string | null }>(
        `SELECT s.key, ${column} AS said FROM statements s JOIN actors a ON a.id = s.speaker_id
         WHERE a.key = ? AND s.date = ? AND s.key <> ?
         ORDER BY s.id`,
        [speakerKey, date, exceptKey],
      );
      return saying(candidates, (c) => c.said, words)?.key;
    },

    /**
     * A live event of `kind` dated exactly `date` (as written), whose title compares equal to
     * `titleWords` (statementWords of a title) and whose actors are exactly `actorKeys`, in any
     * order. Read through the kind-and-day index, so only that day's events of that kind compare.
     */
    *eventLike(
      kind: string,
      date: string,
      dateStart: string,
      titleWords: string,
      actorKeys: readonly string[],
    ): Gen<string | undefined> {
      const actors = [...new Set(actorKeys)].sort().join(' ');
      const candidates = yield* all<{ key: string; title: string; actors: string | null }>(
        `SELECT e.key, e.title, ${actorKeysOfEvent} AS actors FROM events e
         WHERE e.kind = ? AND e.date_start = ? AND e.date = ?
         ORDER BY e.id`,
        [kind, dateStart, date],
      );
      return saying(
        candidates.filter((c) => c.actors === actors),
        (c) => c.title,
        titleWords,
      )?.key;
    },

    /**
     * A live package of regime `regimeKey` that a new one would repeat: the same number in the
     * regime's series, or the same date (as written) and a title that compares equal to
     * `titleWords` (statementWords of a title). Read through the regime-and-day index.
     */
    *packageLike(
      regimeKey: string,
      date: string,
      dateStart: string,
      titleWords: string,
      ordinal: number | undefined,
    ): Gen<{ key: string; ordinal: number | null; title: string; date: string } | undefined> {
      const candidates = yield* all<{ key: string; ordinal: number | null; title: string; date: string }>(
        `SELECT p.key, p.ordinal, p.title, p.date FROM sanction_packages p JOIN sanction_regimes r ON r.id = p.regime_id
         WHERE r.key = ? AND (p.ordinal = ? OR (p.date_start = ? AND p.date = ?))
         ORDER BY p.id`,
        [regimeKey, ordinal ?? null, dateStart, date],
      );
      return candidates.find(
        (c) =>
          (ordinal !== undefined && c.ordinal === ordinal) ||
          (c.date === date && statementWords(c.title) === titleWords),
      );
    },

    /**
     * A source a new one would repeat: one at the same address (scheme and host in any case, a
     * trailing slash or a #fragment aside), or, for a dated source given without an address, one
     * with the same outlet, title and publication date. Sources are few (one per document cited).
     */
    *sourceLike(source: {
      url?: string;
      outlet: string;
      title?: string;
      publishedAt?: string;
    }): Gen<string | undefined> {
      if (source.url !== undefined) {
        const wanted = comparableUrl(source.url);
        const candidates = yield* all<{ key: string; url: string }>(
          'SELECT key, url FROM sources WHERE url IS NOT NULL ORDER BY id',
        );
        return candidates.find((c) => comparableUrl(c.url) === wanted)?.key;
      }
      // Without a date, one outlet's two documents may share a title ("Press release").
      if (source.title === undefined || source.publishedAt === undefined) return undefined;
      const row = yield* get<{ key: string }>(
        `SELECT key FROM sources WHERE url IS NULL AND lower(outlet) = lower(?) AND lower(title) = lower(?)
           AND published_at = ? ORDER BY id LIMIT 1`,
        [source.outlet.trim(), source.title.trim(), source.publishedAt],
      );
      return row?.key;
    },

    /** The key of the regime `imposerKey` holds on `targetKey`, if there is one. */
    *regimeKeyBetween(imposerKey: string, targetKey: string): Gen<string | undefined> {
      const row = yield* get<{ key: string }>(
        `SELECT r.key FROM sanction_regimes r JOIN actors i ON i.id = r.imposer_id JOIN actors t ON t.id = r.target_id
         WHERE i.key = ? AND t.key = ?`,
        [imposerKey, targetKey],
      );
      return row?.key;
    },

    /** The id of the regime `imposerId` holds on `targetId`, if there is one. */
    *regimeIdBetween(imposerId: number, targetId: number): Gen<number | undefined> {
      const row = yield* get<{ id: number }>(
        'SELECT id FROM sanction_regimes WHERE imposer_id = ? AND target_id = ?',
        [imposerId, targetId],
      );
      return row?.id;
    },

    /** The first STATE actor with this alpha-3 country code, if there is one. */
    *stateByCountryCode(alpha3: string): Gen<{ id: number; key: string } | undefined> {
      return yield* get<{ id: number; key: string }>(
        "SELECT id, key FROM actors WHERE kind = 'STATE' AND country_code = ? ORDER BY id LIMIT 1",
        [alpha3],
      );
    },
  };
}

export type RecordWrites = ReturnType<typeof recordWrites>;
