/**
 * Imports OpenSanctions' FollowTheMoney export (`entities.ftm.json`, one entity a line):
 * every Sanction entity becomes a sanction designation of the Person or organisation it
 * names, under the regime "imposer (the Sanction's country) on target (the designee's
 * country)". See docs/import.md for the rules.
 *
 * The file is streamed twice and never held whole: the first pass validates every line and
 * keeps the Sanctions (in a compact form) and the ids they name; the second keeps only those
 * named entities. Then one transaction writes it all, so a failure writes nothing.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Db } from '../../store/open';
import { withBulkSearchIndexing } from '../../store/bulk-search';
import { withBulkDerivedRows } from '../../store/bulk-derived';
import { rowsHeld, withIndexesRebuiltInTransaction } from '../../store/bulk-indexes';
import {
  createInterner,
  designationStatus,
  designeeDraft,
  FtmImportError,
  FtmLineError,
  ftmKey,
  parseEntity,
  sanctionDraft,
  type DesignationStatus,
  type DesigneeDraft,
  type SanctionDraft,
} from './ftm-entities';
import { createFtmStore, type Outcomes } from './ftm-store';

export { FtmImportError, FtmLineError } from './ftm-entities';
export type { Outcomes } from './ftm-store';

export interface ImportProgress {
  /** "scan": pass 1 over the file; "designees": pass 2; "write": the transaction. */
  phase: 'scan' | 'designees' | 'write';
  /** Bytes read (scan, designees) or sanctions written (write)... */
  done: number;
  /** ...out of the file's size or the number of sanctions. */
  total: number;
}

export interface ImportOptions {
  /** Called as the import advances (at most once per chunk read or 1,000 rows written). */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportSummary {
  file: string;
  read: { lines: number; entities: number; sanctions: number; designees: number };
  /** The file's newest `last_seen` day: the "today" an absent status is judged against. */
  referenceDay: string;
  designations: Outcomes;
  /** Designated people and organisations (actors "ftm-..."). */
  designees: Outcomes;
  /** Imposing and target countries; "unchanged" counts existing actors matched. */
  countries: Outcomes;
  /** Regimes; "unchanged" counts existing regimes reused. */
  regimes: Outcomes;
  /** Sanctions not written, by reason. */
  skipped: Record<string, number>;
  /** Entities a Sanction names that the file does not hold: how many, and the first few. */
  missing: { count: number; sample: string[] };
}

const MISSING_SAMPLE = 5;
const QUICK_ID = /^\s*\{\s*"id"\s*:\s*"([^"\\]*)"/;

/** Calls `onLine` for every line of `file`, streamed; reports bytes read. */
async function eachLine(
  file: string,
  onLine: (text: string, line: number) => void,
  onBytes?: (bytes: number) => void,
): Promise<number> {
  const stream = fs.createReadStream(file);
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let reported = 0;
  try {
    for await (const text of lines) {
      n += 1;
      onLine(text, n);
      if (onBytes && stream.bytesRead !== reported) onBytes((reported = stream.bytesRead));
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return n;
}

/** What the two passes over a file keep: the Sanctions, the entities they name, and the counts. */
export interface FtmFile {
  file: string;
  lines: number;
  entities: number;
  sanctions: Map<string, SanctionDraft>;
  designees: Map<string, DesigneeDraft>;
  /** The file's newest `last_seen` day, else today. */
  referenceDay: string;
}

/**
 * Reads and validates `file` whole (both passes) before anything is written; a malformed line
 * throws FtmLineError. Shared by both engines' imports.
 */
export async function readFtmFile(file: string, options: ImportOptions = {}): Promise<FtmFile> {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (error) {
    throw new FtmImportError(`${file}: cannot read: ${(error as Error).message}`);
  }
  const progress = (phase: ImportProgress['phase']) => (done: number) =>
    options.onProgress?.({ phase, done, total: size });

  // Pass 1: validate every line; keep the Sanctions and the ids they name.
  const sanctions = new Map<string, SanctionDraft>();
  const needed = new Set<string>();
  const intern = createInterner();
  let entities = 0;
  let newest = '';
  const lines = await eachLine(
    file,
    (text, line) => {
      if (text.trim() === '') return;
      const entity = parseEntity(text);
      if ('problem' in entity) throw new FtmLineError(file, line, entity.problem);
      entities += 1;
      const seen = entity.lastSeen?.slice(0, 10) ?? '';
      if (seen > newest && /^\d{4}-\d{2}-\d{2}$/.test(seen)) newest = seen;
      if (entity.schema !== 'Sanction') return;
      const draft = sanctionDraft(entity, line, intern);
      sanctions.set(draft.id, draft);
      if (draft.entityId) needed.add(draft.entityId);
    },
    progress('scan'),
  );

  // Pass 2: keep the named entities only (most lines are skipped on their id alone).
  const designees = new Map<string, DesigneeDraft>();
  if (needed.size > 0) {
    await eachLine(
      file,
      (text, line) => {
        if (text.trim() === '') return;
        const quick = QUICK_ID.exec(text);
        if (quick && !needed.has(quick[1]!)) return;
        const entity = parseEntity(text);
        if ('problem' in entity)
          throw new FtmLineError(file, line, `${entity.problem} (the file changed while read)`);
        if (needed.has(entity.id)) designees.set(entity.id, designeeDraft(entity));
      },
      progress('designees'),
    );
  }
  const referenceDay = newest || new Date().toISOString().slice(0, 10);
  return { file, lines, entities, sanctions, designees, referenceDay };
}

/** A Sanction the import writes: its designee (of an imported schema) and its status. */
export interface PlacedSanction {
  sanction: SanctionDraft & { imposer: string };
  designee: DesigneeDraft & { kind: 'PERSON' | 'ORGANIZATION'; country: string };
  status: DesignationStatus;
}

/** What the import left out: Sanctions skipped by reason, and the entities named but not held. */
export interface Leftovers {
  skipped: Record<string, number>;
  missing: Set<string>;
}

export const noLeftovers = (): Leftovers => ({ skipped: {}, missing: new Set() });

/**
 * The Sanctions of `read` that become designations, in the file's order, each with its
 * designee; the others are counted in `leftovers` by reason. `onSanction` is told how many
 * Sanctions have been weighed, every 1,000.
 */
export function* placedSanctions(
  read: FtmFile,
  leftovers: Leftovers,
  onSanction?: (done: number) => void,
): Generator<PlacedSanction> {
  const skip = (reason: string) => void (leftovers.skipped[reason] = (leftovers.skipped[reason] ?? 0) + 1);
  // Two FtM ids may slug to one key ("NK-aB" and "NK-Ab"): the first keeps it.
  const owners = { designation: new Map<string, string>(), designee: new Map<string, string>() };
  const claim = (kind: keyof typeof owners, id: string) => {
    const owner = owners[kind].get(ftmKey(id));
    if (owner === undefined) owners[kind].set(ftmKey(id), id);
    return owner === undefined || owner === id;
  };
  let done = 0;
  for (const s of read.sanctions.values()) {
    if (++done % 1000 === 0) onSanction?.(done);
    const d = s.entityId === null ? undefined : read.designees.get(s.entityId);
    if (s.entityId === null) skip('sanction names no entity');
    else if (!d) {
      skip('designee not in file');
      leftovers.missing.add(s.entityId);
    } else if (d.kind === null) skip(`designee schema ${d.schema} is not imported`);
    else if (s.imposer === null) skip('sanction has no country (no imposer)');
    else if (d.country === null) skip('designee has no country');
    else if (!claim('designation', s.id) || !claim('designee', d.id))
      skip('key taken by another entity id (case differs)');
    else {
      yield {
        // Narrowed by the checks above; the drafts are not copied (a file holds millions).
        sanction: s as PlacedSanction['sanction'],
        designee: d as PlacedSanction['designee'],
        status: designationStatus(s.explicitStatus, s.endDate, read.referenceDay),
      };
    }
  }
  onSanction?.(read.sanctions.size);
}

/** The summary of an import of `read`, given what the writes counted. */
export function importSummary(
  read: FtmFile,
  counts: Pick<ImportSummary, 'designations' | 'designees' | 'countries' | 'regimes'>,
  leftovers: Leftovers,
): ImportSummary {
  return {
    file: read.file,
    read: {
      lines: read.lines,
      entities: read.entities,
      sanctions: read.sanctions.size,
      designees: read.designees.size,
    },
    referenceDay: read.referenceDay,
    ...counts,
    skipped: leftovers.skipped,
    missing: { count: leftovers.missing.size, sample: [...leftovers.missing].slice(0, MISSING_SAMPLE) },
  };
}

export async function importFtm(db: Db, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const read = await readFtmFile(file, options);
  const leftovers = noLeftovers();
  const store = createFtmStore(db);
  const writing = (done: number) =>
    options.onProgress?.({ phase: 'write', done, total: read.sanctions.size });

  // An import that at least doubles the designations held writes them with their plain indexes
  // dropped, and builds those once at its end (data/store/bulk-indexes.ts).
  const rebuildIndexes = read.sanctions.size >= rowsHeld(db, ['sanction_designations']);
  const withDesignationIndexes = <T>(load: () => T) =>
    rebuildIndexes ? withIndexesRebuiltInTransaction(db, ['sanction_designations'], load) : load();

  // One transaction; the actors and designations it adds are indexed for search and counted
  // at its end.
  db.transaction(() =>
    withBulkDerivedRows(db, ['actors', 'sanction_designations'], () =>
      withBulkSearchIndexing(db, ['actors', 'sanction_designations'], () =>
        withDesignationIndexes(() => {
          for (const { sanction: s, designee: d, status } of placedSanctions(read, leftovers, writing)) {
            const imposer = store.country(s.imposer, `import:${s.dataset}`);
            const target = store.country(d.country, `import:${s.dataset}`);
            const regimeId = store.regime(imposer, target, s.dataset);
            const designeeId = store.designee(d);
            store.designation(s, designeeId, regimeId, status);
          }
        }),
      ),
    ),
  ).immediate();

  return importSummary(read, store.counts, leftovers);
}
