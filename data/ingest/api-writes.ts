/**
 * Analysts' writes through the API. Inputs pass the same zod rules as the dataset files
 * and go through the same writer, each write in one transaction. Problems come back as
 * user errors whose `field` is the path in the API input (["input", "date"]). Each write
 * logs, in its own transaction, which analyst made it, when, and which fields it set.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../store/open';
import type { KeyedTable } from '../store/writes/records';
import { recordWrites } from '../store/writes/records';
import { sqliteWrites } from '../store/writes/run-sync';
import type { Gen, WriteRunner } from '../store/writes/steps';
import { addRevision, type RevisedRecordType } from '../store/writes/revisions';
import { keyFromName } from './actor-key';
import {
  actorRecord,
  eventRecord,
  sanctionPackageRecord,
  sanctionRegimeRecord,
  sourceRecord,
  statementRecord,
} from './dataset-schema';
import { createWriter, MissingReferenceError, type RecordWriter } from './writer';
import { statementRuleProblem } from './statement-checks';
import { codebookWriteProblem } from './codebook-write';
import { writeDateProblems } from './write-dates';
import { eventRuleProblem } from './event-checks';
import { packageRuleProblem, sourceRuleProblem } from './record-repeats';

export interface WriteProblem {
  field: string[] | null;
  message: string;
  code: 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'DUPLICATE' | 'QUOTE_NOT_IN_EXCERPT';
  /** The record already held that the write would have repeated (code DUPLICATE). */
  existing?: { type: 'Statement' | 'Event' | 'SanctionPackage' | 'Source'; key: string };
}

/** Thrown inside a write's transaction to refuse it whole with one problem. */
export class RefusedWrite extends Error {
  constructor(readonly problem: WriteProblem) {
    super(problem.message);
  }
}

export type WriteResult = { key: string; problems: [] } | { key: null; problems: WriteProblem[] };

/** The analyst a write is made for, as authentication found them. */
export interface WritingAnalyst {
  id: number;
  name: string;
}

/** A record a write created: its API type, row id and the input fields it took, for the change log. */
interface Written {
  recordType: RevisedRecordType;
  id: number;
  fields?: string[];
}

/** A key the input gives for another record, where (in the dataset's shape), and in which table. */
interface Reference {
  path: (string | number)[];
  table: KeyedTable;
  key: string | null | undefined;
}

const evidenceReferences = (evidence: EvidenceInputValue, at: (string | number)[]): Reference[] => [
  { path: [...at, 'source'], table: 'sources', key: evidence.sourceKey },
  { path: [...at, 'via'], table: 'actors', key: evidence.viaKey },
];

/** Dataset field names as the API inputs spell them. */
const INPUT_NAMES: Record<string, string> = {
  speaker: 'speakerKey',
  targets: 'targetKeys',
  topics: 'topicKeys',
  actors: 'actorKeys',
  source: 'sourceKey',
  via: 'viaKey',
  imposer: 'imposerKey',
  target: 'targetKey',
  affiliation: 'affiliationKey',
};

export function inputPath(path: readonly PropertyKey[]): string[] {
  return [
    'input',
    ...path.filter((p) => typeof p !== 'number').map((p) => INPUT_NAMES[String(p)] ?? String(p)),
  ];
}

const newKey = (prefix: string, date: string) =>
  `${prefix}-${date}-${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');

/** API evidence input, in the dataset's own shape. */
export interface EvidenceInputValue {
  sourceKey: string;
  excerpt?: string | null;
  note?: string | null;
  viaKey?: string | null;
}

export const evidenceOf = (e: EvidenceInputValue) => ({
  source: e.sourceKey,
  excerpt: e.excerpt ?? undefined,
  note: e.note ?? undefined,
  via: e.viaKey ?? undefined,
});

export const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

/** The API input's fields that were given a value: what a created record's revision lists. */
const givenFields = (input: object) =>
  Object.entries(input)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k]) => k);

/** The write service on a SQLite connection. */
export const createWriteService = (db: Db) => writeService(sqliteWrites(db));

export function writeService(runner: WriteRunner) {
  const rows = recordWrites(runner.dialect);

  /**
   * Runs one API write in one transaction: its checks read what the write will change, so two
   * writes sent at once cannot both pass them. A refusal thrown inside rolls everything back.
   */
  async function transact(makeWrite: () => Gen<WriteResult>): Promise<WriteResult> {
    try {
      return await runner.transact(makeWrite);
    } catch (error) {
      if (error instanceof RefusedWrite) return { key: null, problems: [error.problem] };
      if (error instanceof MissingReferenceError) {
        return {
          key: null,
          problems: [{ field: inputPath(error.field), message: error.message, code: 'NOT_FOUND' }],
        };
      }
      throw error;
    }
  }

  function* write<S extends z.ZodType>(
    analyst: WritingAnalyst,
    input: object,
    schema: S,
    candidate: unknown,
    store: (record: z.infer<S>, writer: RecordWriter) => Gen<Written | Written[]>,
    references: readonly Reference[] = [],
  ): Gen<WriteResult> {
    const parsed = schema.safeParse(candidate);
    // Every fault the input shows at once, keys naming no record among them, so a form is
    // put right in one pass rather than one refusal at a time.
    const problems: WriteProblem[] = parsed.success
      ? writeDateProblems(parsed.data as { date?: string; endDate?: string; publishedAt?: string })
      : parsed.error.issues.map((issue) => ({
          field: inputPath(issue.path),
          message: issue.message,
          code: 'INVALID_INPUT' as const,
        }));
    problems.push(...(yield* unknownReferences(references)));
    if (!parsed.success || problems.length) return { key: null, problems };
    const at = new Date().toISOString();
    const written = yield* store(parsed.data, createWriter(runner.dialect, 'api'));
    for (const w of [written].flat()) {
      yield* addRevision({
        recordType: w.recordType,
        recordId: w.id,
        analystId: analyst.id,
        action: 'CREATED',
        at,
        fields: w.fields ?? givenFields(input),
      });
    }
    return { key: (parsed.data as { key: string }).key, problems: [] };
  }

  /** The references that name no record, one problem per input field ("unknown actor keys …"). */
  function* unknownReferences(references: readonly Reference[]): Gen<WriteProblem[]> {
    const missing = new Map<string, { field: string[]; table: KeyedTable; keys: string[] }>();
    for (const { path, table, key } of references) {
      if (key === null || key === undefined || (yield* rows.idOf(table, key)) !== undefined) continue;
      const field = inputPath(path);
      const entry = missing.get(field.join('.')) ?? { field, table, keys: [] };
      if (!entry.keys.includes(key)) entry.keys.push(key);
      missing.set(field.join('.'), entry);
    }
    return [...missing.values()].map(({ field, table, keys }) => {
      const noun = table.replace(/s$/, '').replace(/_/g, ' ');
      const quoted = keys.map((k) => `"${k}"`).join(', ');
      return {
        field,
        message: keys.length === 1 ? `unknown ${noun} key ${quoted}` : `unknown ${noun} keys ${quoted}`,
        code: 'NOT_FOUND' as const,
      };
    });
  }

  return {
    async addSource(
      analyst: WritingAnalyst,
      input: Record<string, unknown> & { key: string },
    ): Promise<WriteResult> {
      return transact(function* () {
        if ((yield* rows.idOf('sources', input.key)) !== undefined) {
          return {
            key: null,
            problems: [
              {
                field: ['input', 'key'],
                message: `a source with key "${input.key}" exists`,
                code: 'CONFLICT',
              },
            ],
          };
        }
        return yield* write(analyst, input, sourceRecord, defined(input), function* (r, w) {
          const problem = yield* sourceRuleProblem(rows, r);
          if (problem) throw new RefusedWrite(problem);
          return { recordType: 'Source', id: (yield* w.source(r)).id };
        });
      });
    },

    /** An actor, keyed from its name unless the analyst gives a key. */
    async addActor(
      analyst: WritingAnalyst,
      input: { key?: string | null; name: string; affiliationKey?: string | null; [field: string]: unknown },
    ): Promise<WriteResult> {
      const { key, affiliationKey, ...rest } = input;
      const chosen = key ?? keyFromName(input.name);
      if (chosen === '') {
        return {
          key: null,
          problems: [
            {
              field: ['input', 'key'],
              message: `no key can be made from the name "${input.name}" (it has no Latin letters or digits): give a key such as "andrei-rudenko"`,
              code: 'INVALID_INPUT',
            },
          ],
        };
      }
      if (affiliationKey === chosen) {
        return {
          key: null,
          problems: [
            {
              field: ['input', 'affiliationKey'],
              message: `an actor cannot be affiliated to itself ("${chosen}"): name whom it speaks for or belongs to`,
              code: 'INVALID_INPUT',
            },
          ],
        };
      }
      return transact(function* () {
        if ((yield* rows.idOf('actors', chosen)) !== undefined) {
          const from = key ? '' : ' (made from the name; give another key)';
          return {
            key: null,
            problems: [
              {
                field: ['input', 'key'],
                message: `an actor with key "${chosen}" exists${from}`,
                code: 'CONFLICT',
              },
            ],
          };
        }
        const candidate = defined({ ...rest, key: chosen, affiliation: affiliationKey });
        return yield* write(analyst, input, actorRecord, candidate, function* (r, w) {
          const written = yield* w.actor(r);
          yield* w.linkAffiliation(r, [], written);
          return { recordType: 'Actor', id: written.id };
        });
      });
    },

    async addStatement(
      analyst: WritingAnalyst,
      input: {
        speakerKey: string;
        targetKeys: string[];
        date: string;
        topicKeys?: string[] | null;
        evidence: EvidenceInputValue;
        [field: string]: unknown;
      },
    ): Promise<WriteResult> {
      const { speakerKey, targetKeys, topicKeys, evidence, ...rest } = input;
      const candidate = defined({
        ...rest,
        key: newKey(speakerKey, input.date),
        speaker: speakerKey,
        targets: targetKeys,
        topics: topicKeys ?? [],
        evidence: defined(evidenceOf(evidence)),
      });
      return transact(() =>
        write(
          analyst,
          input,
          statementRecord,
          candidate,
          function* (r, w) {
            const problem = codebookWriteProblem(r) ?? (yield* statementRuleProblem(rows, r));
            if (problem) throw new RefusedWrite(problem);
            return { recordType: 'Statement', id: (yield* w.statement(r, [])).id };
          },
          [
            { path: ['speaker'], table: 'actors', key: speakerKey },
            ...targetKeys.map((key) => ({ path: ['targets'], table: 'actors' as const, key })),
            ...(topicKeys ?? []).map((key) => ({ path: ['topics'], table: 'topics' as const, key })),
            ...evidenceReferences(evidence, ['evidence']),
          ],
        ),
      );
    },

    async addEvent(
      analyst: WritingAnalyst,
      input: {
        actorKeys: string[];
        date: string;
        evidence: EvidenceInputValue;
        [field: string]: unknown;
      },
    ): Promise<WriteResult> {
      const { actorKeys, evidence, ...rest } = input;
      const candidate = defined({
        ...rest,
        key: newKey('event', input.date),
        actors: actorKeys,
        evidence: [defined(evidenceOf(evidence))],
      });
      return transact(() =>
        write(
          analyst,
          input,
          eventRecord,
          candidate,
          function* (r, w) {
            const problem = codebookWriteProblem(r) ?? (yield* eventRuleProblem(rows, r));
            if (problem) throw new RefusedWrite(problem);
            return { recordType: 'Event', id: (yield* w.event(r, [])).id };
          },
          [
            ...actorKeys.map((key) => ({ path: ['actors'], table: 'actors' as const, key })),
            ...evidenceReferences(evidence, ['evidence']),
          ],
        ),
      );
    },

    /** Files the package under the imposer's regime on the target, opening one if none exists. */
    async addSanctionPackage(
      analyst: WritingAnalyst,
      input: {
        imposerKey: string;
        targetKey: string;
        date: string;
        evidence: EvidenceInputValue;
        [field: string]: unknown;
      },
    ): Promise<WriteResult> {
      const { imposerKey, targetKey, evidence, ...rest } = input;
      if (imposerKey === targetKey) {
        return {
          key: null,
          problems: [
            {
              field: ['input', 'targetKey'],
              message: `the target is the imposer ("${imposerKey}"): a sanctions package is imposed on another party`,
              code: 'INVALID_INPUT',
            },
          ],
        };
      }
      return transact(function* () {
        const existing = yield* rows.regimeKeyBetween(imposerKey, targetKey);
        const regimeKey = existing ?? `${imposerKey}-on-${targetKey}`;
        const evidenceList = [defined(evidenceOf(evidence))];
        const candidate = defined({
          ...rest,
          key: newKey(regimeKey, input.date),
          regime: regimeKey,
          evidence: evidenceList,
        });
        const regime = existing
          ? null
          : sanctionRegimeRecord.safeParse({
              key: regimeKey,
              imposer: imposerKey,
              target: targetKey,
              since: input.date,
              evidence: evidenceList,
            });
        if (regime && !regime.success) {
          return {
            key: null,
            problems: regime.error.issues.map((issue) => ({
              field: inputPath(issue.path),
              message: issue.message,
              code: 'INVALID_INPUT' as const,
            })),
          };
        }
        return yield* write(
          analyst,
          input,
          sanctionPackageRecord,
          candidate,
          function* (r, w) {
            // A package with no regime to file it under opens one: the analyst wrote that too.
            // The key made from the two actors' keys may be held by a regime between other
            // parties ("probe-on-x" on "y" and "probe" on "x-on-y" make the same key), whose
            // imposer and target the writer's upsert would change.
            const opens = regime?.success === true;
            if (opens && (yield* rows.idOf('sanction_regimes', regimeKey)) !== undefined) {
              throw new RefusedWrite({
                field: ['input', 'targetKey'],
                message: `the regime "${regimeKey}" this package would open is held already between other parties: a package of "${imposerKey}" on "${targetKey}" cannot be filed under it`,
                code: 'CONFLICT',
              });
            }
            const opened: Written[] =
              opens && regime?.success
                ? [
                    {
                      recordType: 'SanctionRegime',
                      id: (yield* w.sanctionRegime(regime.data, [])).id,
                      fields: ['imposerKey', 'targetKey'],
                    },
                  ]
                : [];
            const repeated = yield* packageRuleProblem(rows, r);
            if (repeated) throw new RefusedWrite(repeated);
            return [...opened, { recordType: 'SanctionPackage', id: (yield* w.sanctionPackage(r, [])).id }];
          },
          [
            { path: ['imposer'], table: 'actors', key: imposerKey },
            { path: ['target'], table: 'actors', key: targetKey },
            ...evidenceReferences(evidence, ['evidence']),
          ],
        );
      });
    },
  };
}

export type WriteService = ReturnType<typeof createWriteService>;
