/**
 * Analysts' corrections: a statement changed with a reason. The held statement is read back in
 * the dataset's shape, the changes merged into it, and the result passes the same rules and the
 * same writer as a new statement, all in one write transaction that also logs the change
 * (who, when, which fields, why). Every read a correction makes is a step of its write, on the
 * write's connection (../store/writes/steps.ts).
 */
import type { Db } from '../store/open';
import { recordWrites } from '../store/writes/records';
import { sqliteWrites } from '../store/writes/run-sync';
import type { Gen, WriteRunner } from '../store/writes/steps';
import { addRevision } from '../store/writes/revisions';
import { heldStatement, type HeldStatement } from '../store/writes/held-statement';
import {
  liveId,
  retract,
  retraction,
  RETRACTABLE_TABLES,
  type RetractableType,
} from '../store/writes/retractions';
import { FIELD_LIMITS, statementRecord, type StatementRecord } from './dataset-schema';
import { createWriter, MissingReferenceError } from './writer';
import { statementRuleProblem } from './statement-checks';
import { codebookWriteProblem } from './codebook-write';
import { writeDateProblems } from './write-dates';
import {
  defined,
  evidenceOf,
  inputPath,
  type EvidenceInputValue,
  type WriteProblem,
  type WriteResult,
  type WritingAnalyst,
} from './api-writes';

/** Thrown inside a correction's transaction to refuse it whole. */
class Refused extends Error {
  constructor(readonly problems: WriteProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

const refuse = (field: string[] | null, code: WriteProblem['code'], message: string) =>
  new Refused([{ field, code, message }]);

/** The record a global id names, as the API decoded it; null when it names nothing. */
export type NamedRecord = { type: string; key: string } | null;

export interface StatementChanges {
  id: string;
  reason: string;
  speakerKey?: string | null;
  targetKeys?: readonly string[] | null;
  date?: string | null;
  quote?: string | null;
  summary?: string | null;
  stance?: string | null;
  intensity?: number | null;
  cameoCode?: string | null;
  topicKeys?: readonly string[] | null;
  evidence?: EvidenceInputValue | null;
}

/** An input field and the part of a statement record it sets. */
const CHANGEABLE: [keyof StatementChanges, (r: StatementRecord | HeldStatement) => unknown][] = [
  ['speakerKey', (r) => r.speaker],
  ['targetKeys', (r) => r.targets],
  ['date', (r) => r.date],
  ['quote', (r) => r.quote],
  ['summary', (r) => r.summary],
  ['stance', (r) => r.stance],
  ['intensity', (r) => r.intensity],
  ['cameoCode', (r) => r.cameoCode],
  ['topicKeys', (r) => r.topics],
  ['evidence', (r) => ({ ...r.evidence, credibility: undefined, inference: undefined })],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A kind of record as a message names it, with its article: "an event", "a sanctions package". */
const KIND_WORDS: Record<string, string> = {
  Actor: 'an actor',
  Event: 'an event',
  Office: 'an office',
  SanctionPackage: 'a sanctions package',
  SanctionRegime: 'a sanctions regime',
  SanctionDesignation: 'a sanctions designation',
};
const kindWords = (type: string) => KIND_WORDS[type] ?? `a ${type.toLowerCase()}`;

/**
 * The reason an analyst gives, trimmed; an empty one, or one longer than the dataset's long
 * texts (a summary, an excerpt), is refused naming the field.
 */
function reasonOf(reason: string): string {
  const trimmed = reason.trim();
  // Zero-width and other invisible characters are not words: a reason no one can read is none.
  if (!/[\p{L}\p{N}]/u.test(trimmed))
    throw refuse(['input', 'reason'], 'INVALID_INPUT', 'a reason is required: say why the record changes');
  if (trimmed.length > FIELD_LIMITS.longText)
    throw refuse(
      ['input', 'reason'],
      'INVALID_INPUT',
      `must be at most ${FIELD_LIMITS.longText} characters; the reason given has ${trimmed.length}`,
    );
  return trimmed;
}

/** A list of keys as given, each once: naming "japan" twice names one target. */
const once = (keys: readonly string[] | null | undefined) => (keys ? [...new Set(keys)] : keys);

/**
 * The statement after the changes, in the dataset's shape; unchanged fields are the held ones.
 * A quote or a CAMEO code given as null is removed (a statement may have neither); any other
 * field given as null stays as held, since a statement cannot be without it.
 */
function merged(held: HeldStatement, c: StatementChanges): unknown {
  const newEvidence = c.evidence ? defined(evidenceOf(c.evidence)) : null;
  // Evidence given as it is held keeps its grading; other evidence is not graded yet.
  const keepsEvidence =
    newEvidence === null ||
    same(newEvidence, defined({ ...held.evidence, credibility: undefined, inference: undefined }));
  return defined({
    key: held.key,
    speaker: c.speakerKey ?? held.speaker,
    targets: once(c.targetKeys) ?? held.targets,
    date: c.date ?? held.date,
    quote: c.quote === undefined ? held.quote : c.quote,
    summary: c.summary ?? held.summary,
    stance: c.stance ?? held.stance,
    intensity: c.intensity ?? held.intensity,
    cameoCode: c.cameoCode === undefined ? held.cameoCode : c.cameoCode,
    topics: once(c.topicKeys) ?? held.topics,
    verification: held.verification,
    evidence: keepsEvidence ? defined(held.evidence) : newEvidence,
  });
}

/** The correction service on a SQLite connection. */
export const createCorrectionService = (db: Db) => correctionService(sqliteWrites(db));

export function correctionService(runner: WriteRunner) {
  const rows = recordWrites(runner.dialect);

  /** A refusal for a record that was retracted: it can be neither changed nor retracted again. */
  function* retractedProblem(type: RetractableType, key: string, id: string): Gen<Refused | null> {
    const note = yield* retraction(type, key);
    if (!note) return null;
    // "2026-12-01 03:33 UTC": the minute, as the record page says it, not an ISO timestamp.
    const when = note.at && note.by ? ` on ${note.at.slice(0, 16).replace('T', ' ')} UTC by ${note.by}` : '';
    return refuse(
      ['input', 'id'],
      'CONFLICT',
      `"${id}" was retracted${when}: a retracted record stays as it was`,
    );
  }

  /** Runs `work` in one write transaction; a refusal or a missing reference changes nothing. */
  async function transaction(work: () => Gen<string>): Promise<WriteResult> {
    try {
      return { key: await runner.transact(work), problems: [] };
    } catch (error) {
      if (error instanceof Refused) return { key: null, problems: error.problems };
      if (error instanceof MissingReferenceError) {
        return {
          key: null,
          problems: [{ field: inputPath(error.field), message: error.message, code: 'NOT_FOUND' }],
        };
      }
      throw error;
    }
  }

  /** The key of the statement `named` names, or a refusal saying why it names none. */
  function statementKeyOf(named: NamedRecord, id: string): string {
    if (named === null) throw refuse(['input', 'id'], 'NOT_FOUND', `no record has the id "${id}"`);
    if (named.type !== 'Statement')
      throw refuse(
        ['input', 'id'],
        'INVALID_INPUT',
        `"${id}" names ${kindWords(named.type)} ("${named.key}"), not a statement: updateStatement corrects statements only`,
      );
    return named.key;
  }

  return {
    async updateStatement(
      analyst: WritingAnalyst,
      named: NamedRecord,
      changes: StatementChanges,
    ): Promise<WriteResult> {
      return transaction(function* () {
        const reason = reasonOf(changes.reason);
        const key = statementKeyOf(named, changes.id);
        const held = yield* heldStatement(key);
        if (!held) {
          throw (
            (yield* retractedProblem('Statement', key, changes.id)) ??
            refuse(['input', 'id'], 'NOT_FOUND', `no statement has the id "${changes.id}"`)
          );
        }
        const parsed = statementRecord.safeParse(merged(held, changes));
        if (!parsed.success) {
          throw new Refused(
            parsed.error.issues.map((issue) => ({
              field: inputPath(issue.path),
              message: issue.message,
              code: 'INVALID_INPUT' as const,
            })),
          );
        }
        const record = parsed.data;
        const dateProblems = writeDateProblems(record);
        if (dateProblems.length) throw new Refused(dateProblems);
        const fields = CHANGEABLE.filter(([, of]) => !same(of(held), of(record))).map(([name]) => name);
        if (fields.length === 0)
          throw refuse(
            ['input'],
            'INVALID_INPUT',
            'the correction changes nothing: every field given is as held',
          );
        const problem = codebookWriteProblem(record) ?? (yield* statementRuleProblem(rows, record, held.key));
        if (problem) throw new Refused([problem]);
        const { id } = yield* createWriter(runner.dialect, 'api').statement(record, []);
        yield* addRevision({
          recordType: 'Statement',
          recordId: id,
          analystId: analyst.id,
          action: 'UPDATED',
          at: new Date().toISOString(),
          fields,
          reason,
        });
        return held.key;
      });
    },

    /**
     * Withdraws a statement, event or sanctions package with a reason: it leaves every list,
     * count, series, search, export and the tension index, and stays readable by node(id) and its
     * page, marked retracted. Returns the record's key.
     */
    async retractRecord(
      analyst: WritingAnalyst,
      named: NamedRecord,
      input: { id: string; reason: string },
    ): Promise<WriteResult> {
      return transaction(function* () {
        const reason = reasonOf(input.reason);
        if (named === null) throw refuse(['input', 'id'], 'NOT_FOUND', `no record has the id "${input.id}"`);
        if (!(named.type in RETRACTABLE_TABLES))
          throw refuse(
            ['input', 'id'],
            'INVALID_INPUT',
            `"${input.id}" names ${kindWords(named.type)} ("${named.key}"): only statements, events and sanctions packages can be retracted`,
          );
        const type = named.type as RetractableType;
        const id = yield* liveId(type, named.key);
        if (id === undefined) {
          throw (
            (yield* retractedProblem(type, named.key, input.id)) ??
            refuse(['input', 'id'], 'NOT_FOUND', `no record has the id "${input.id}"`)
          );
        }
        const retractedId = yield* retract(type, id, named.key);
        yield* addRevision({
          recordType: type,
          recordId: id,
          analystId: analyst.id,
          action: 'RETRACTED',
          at: new Date().toISOString(),
          fields: [],
          reason,
          retractedId,
        });
        return named.key;
      });
    },
  };
}

export type CorrectionService = ReturnType<typeof createCorrectionService>;
