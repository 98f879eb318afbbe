/**
 * A record as the API reads it now, with everything it links to: what a retraction keeps of it
 * (./retractions.ts). Read as steps of the retracting write, so that on PostgreSQL the reads run
 * on the write's own connection, inside its transaction, and see what it sees. The row's
 * columns are the repositories' own (../repositories); the links are read for one record.
 */
import type { RecordType, RetractedLinks } from '../rows';
import type { BoundValue } from '../../quantity';
import { STATEMENT_COLUMNS } from '../repositories/statements';
import { EVENT_COLUMNS } from '../repositories/events';
import { PACKAGE_COLUMNS, packageClaimsSql, toFigure, type FigureRaw } from '../repositories/sanctions';
import { parseList } from '../repositories/batch';
import { all, get, type Gen } from './steps';

export type SnapshotType = Extract<RecordType, 'Statement' | 'Event' | 'SanctionPackage'>;

export interface RecordSnapshot {
  row: object;
  links: Omit<RetractedLinks, 'retractedId'>;
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

const STATEMENT_TARGET_IDS = `SELECT actor_id AS id FROM statement_targets WHERE statement_id = ? ORDER BY position`;
const STATEMENT_TOPIC_IDS = `SELECT topic_id AS id FROM statement_topics WHERE statement_id = ? ORDER BY position`;
const EVENT_ACTOR_IDS = `SELECT actor_id AS id FROM event_actors WHERE event_id = ? ORDER BY position`;
const MEASUREMENTS = `SELECT label, value, bound, unit, text FROM measurements WHERE event_id = ? ORDER BY position`;

// The claims as the sanctions repository reads them, for the one package.
const PACKAGE_CLAIMS = packageClaimsSql('?');

const EVIDENCE = `SELECT source_id AS sourceId, excerpt, note, via_id AS viaId, credibility, inference
  FROM evidence WHERE record_type = ? AND record_id = ? ORDER BY position`;

interface QuantityRaw {
  value: number;
  bound: BoundValue;
  unit: string;
  text: string | null;
}

const quantity = (r: QuantityRaw) => ({ value: r.value, bound: r.bound, unit: r.unit, text: r.text });

/** The live record `id` of `type`, read whole; the caller knows it is held. */
export function* recordSnapshot(type: SnapshotType, id: number): Gen<RecordSnapshot> {
  const evidence = yield* all<RetractedLinks['evidence'][number]>(EVIDENCE, [type, id]);
  const none = { actorIds: [], topicIds: [], evidence, measurements: [], claims: [] };
  switch (type) {
    case 'Statement':
      return {
        row: (yield* get<object>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ?`, [id]))!,
        links: {
          ...none,
          actorIds: ids(yield* all<{ id: number }>(STATEMENT_TARGET_IDS, [id])),
          topicIds: ids(yield* all<{ id: number }>(STATEMENT_TOPIC_IDS, [id])),
        },
      };
    case 'Event':
      return {
        row: (yield* get<object>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`, [id]))!,
        links: {
          ...none,
          actorIds: ids(yield* all<{ id: number }>(EVENT_ACTOR_IDS, [id])),
          measurements: (yield* all<QuantityRaw & { label: string }>(MEASUREMENTS, [id])).map((m) => ({
            label: m.label,
            quantity: quantity(m),
          })),
        },
      };
    case 'SanctionPackage': {
      const raw = (yield* get<{ measures: string }>(
        `SELECT ${PACKAGE_COLUMNS} FROM sanction_packages p WHERE p.id = ?`,
        [id],
      ))!;
      return {
        row: { ...raw, measures: parseList(raw.measures) },
        links: { ...none, claims: (yield* all<FigureRaw>(PACKAGE_CLAIMS, [id])).map(toFigure) },
      };
    }
  }
}
