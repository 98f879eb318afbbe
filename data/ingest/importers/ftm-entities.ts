/**
 * FollowTheMoney entities (one JSON object a line, as OpenSanctions exports them) read into
 * the small drafts the importer keeps: a Sanction becomes a designation draft, a Person or
 * organisation a designee draft. Everything else in an entity is dropped here, so that
 * memory holds only what will be written.
 */
import { createHash } from 'node:crypto';
import { partialDateProblem, toInterval } from '../../partial-date';
import { normaliseCountryCode } from './country-codes';

export type DesignationStatus = 'ACTIVE' | 'INACTIVE' | 'EXPIRED' | 'SUSPENDED';

export interface FtmEntity {
  id: string;
  schema: string;
  caption: string | null;
  properties: Record<string, unknown>;
  datasets: string[];
  lastSeen: string | null;
}

/** An import that cannot go on (unreadable file, malformed line): nothing is written. */
export class FtmImportError extends Error {
  name = 'FtmImportError';
}

/** A line that is not an FtM entity: the import stops and names the file and line. */
export class FtmLineError extends FtmImportError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The entity on one line, or why it is not one. */
export function parseEntity(text: string): FtmEntity | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON: ${(error as Error).message}` };
  }
  if (!isObject(raw)) return { problem: 'not a JSON object' };
  if (typeof raw.id !== 'string' || raw.id.trim() === '') return { problem: 'entity has no "id"' };
  if (typeof raw.schema !== 'string' || raw.schema.trim() === '') {
    return { problem: `entity "${raw.id}" has no "schema"` };
  }
  if (raw.properties !== undefined && !isObject(raw.properties)) {
    return { problem: `entity "${raw.id}": "properties" is not an object` };
  }
  return {
    id: raw.id,
    schema: raw.schema,
    caption: typeof raw.caption === 'string' && raw.caption.trim() ? raw.caption.trim() : null,
    properties: raw.properties ?? {},
    datasets: Array.isArray(raw.datasets)
      ? raw.datasets.filter((d): d is string => typeof d === 'string')
      : [],
    lastSeen: typeof raw.last_seen === 'string' ? raw.last_seen : null,
  };
}

/** A property's values: trimmed non-empty strings, in the file's order. */
export function values(entity: FtmEntity, property: string): string[] {
  const list = entity.properties[property];
  if (!Array.isArray(list)) return [];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** The schemata imported as designees, and the actor kind each becomes. */
export const DESIGNEE_SCHEMATA: Record<string, 'PERSON' | 'ORGANIZATION'> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Company: 'ORGANIZATION',
  LegalEntity: 'ORGANIZATION',
  PublicBody: 'ORGANIZATION',
};

/** "ftm-" + the FtM id as a lowercase slug: "NK-abdz..." → "ftm-nk-abdz...". */
export function ftmKey(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const key = `ftm-${slug || 'x'}`;
  if (key.length <= 200) return key;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  return `${key.slice(0, 183).replace(/-+$/, '')}-${hash}`;
}

/**
 * An FtM date cut to a valid partial date, keeping its precision: "2022-03-11T10:00:00"
 * → "2022-03-11", "2022-03" stays; an impossible day falls back to the month, then the year.
 */
export function toPartialDate(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  const candidates = [
    month && day ? `${year}-${month}-${day}` : null,
    month ? `${year}-${month}` : null,
    year ?? null,
  ];
  return candidates.find((c): c is string => c !== null && partialDateProblem(c) === null) ?? null;
}

function pick(dates: string[], later: boolean): string | null {
  let best: string | null = null;
  let bestAt = '';
  for (const d of dates.map(toPartialDate)) {
    if (d === null) continue;
    const at = later ? toInterval(d).end : toInterval(d).start;
    // Earlier (or later) wins; on a tie the more precise date.
    if (best === null || (later ? at > bestAt : at < bestAt) || (at === bestAt && d.length > best.length)) {
      best = d;
      bestAt = at;
    }
  }
  return best;
}

/** The earliest of several dates (a listing date given twice: the first listing). */
export const earliest = (dates: string[]) => pick(dates, false);
/** The latest of several dates (an end date given twice: the last one). */
export const latest = (dates: string[]) => pick(dates, true);

const STATUS_WORDS: [RegExp, DesignationStatus][] = [
  [/\b(suspended|paused)\b/, 'SUSPENDED'],
  [/\b(expired|lapsed)\b/, 'EXPIRED'],
  [
    /\b(inactive|not active|revoked|removed|delisted|de-listed|lifted|terminated|cancell?ed|ended|withdrawn|annulled)\b/,
    'INACTIVE',
  ],
  [/\b(active|sanctioned|in force|listed|designated|current|enforced|valid)\b/, 'ACTIVE'],
];

/** FtM `status` text mapped to a designation status; null when no value is recognised. */
export function statusFromText(texts: string[]): DesignationStatus | null {
  for (const text of texts) {
    const lower = text.toLowerCase();
    const hit = STATUS_WORDS.find(([pattern]) => pattern.test(lower));
    if (hit) return hit[1];
  }
  return null;
}

/**
 * The status kept: the FtM status when recognised; else EXPIRED when the end date is over
 * before `referenceDay` (the file's newest `last_seen`), else ACTIVE.
 */
export function designationStatus(
  explicit: DesignationStatus | null,
  endDate: string | null,
  referenceDay: string,
): DesignationStatus {
  if (explicit) return explicit;
  if (endDate && toInterval(endDate).end < referenceDay) return 'EXPIRED';
  return 'ACTIVE';
}

/** Keeps one copy of strings that repeat across entities (authorities, programmes). */
export function createInterner() {
  const seen = new Map<string, string>();
  return (s: string | null): string | null => {
    if (s === null) return null;
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    if (seen.size < 100_000) seen.set(s, s);
    return s;
  };
}

export interface SanctionDraft {
  id: string;
  line: number;
  /** The designee's FtM id (the first `entity` value); null when the sanction names none. */
  entityId: string | null;
  dataset: string;
  /** The imposing country's FtM code (the first `country`). */
  imposer: string | null;
  authority: string | null;
  program: string | null;
  listedOn: string | null;
  startDate: string | null;
  endDate: string | null;
  explicitStatus: DesignationStatus | null;
  sourceUrl: string | null;
}

export function sanctionDraft(
  e: FtmEntity,
  line: number,
  intern: (s: string | null) => string | null,
): SanctionDraft {
  const joined = (list: string[]) => (list.length ? list.join('; ') : null);
  const program = values(e, 'program');
  const country =
    values(e, 'country')
      .map(normaliseCountryCode)
      .find((c) => c !== null) ?? null;
  return {
    id: e.id,
    line,
    entityId: values(e, 'entity')[0] ?? null,
    dataset: intern(e.datasets[0] ?? 'opensanctions')!,
    imposer: intern(country),
    authority: intern(values(e, 'authority')[0] ?? null),
    program: intern(joined(program.length ? program : values(e, 'programId'))),
    listedOn: earliest(values(e, 'listingDate')),
    startDate: earliest(values(e, 'startDate')),
    endDate: latest(values(e, 'endDate')),
    explicitStatus: statusFromText(values(e, 'status')),
    sourceUrl: intern(values(e, 'sourceUrl')[0] ?? null),
  };
}

export interface DesigneeDraft {
  id: string;
  schema: string;
  kind: 'PERSON' | 'ORGANIZATION' | null;
  name: string;
  aliases: string[];
  /** FtM code of the first of country, nationality, citizenship, jurisdiction. */
  country: string | null;
  dataset: string;
}

const COUNTRY_PROPERTIES = ['country', 'nationality', 'citizenship', 'jurisdiction'];

export function designeeDraft(e: FtmEntity): DesigneeDraft {
  const names = values(e, 'name');
  // The caption is OpenSanctions' display name; `name` values come in no useful order.
  const name = e.caption ?? names[0] ?? e.id;
  const aliases = [...new Set([...names, ...values(e, 'alias'), ...values(e, 'weakAlias')])].filter(
    (n) => n !== name,
  );
  let country: string | null = null;
  for (const property of COUNTRY_PROPERTIES) {
    country =
      values(e, property)
        .map(normaliseCountryCode)
        .find((c) => c !== null) ?? null;
    if (country) break;
  }
  return {
    id: e.id,
    schema: e.schema,
    kind: DESIGNEE_SCHEMATA[e.schema] ?? null,
    name,
    aliases,
    country,
    dataset: e.datasets[0] ?? 'opensanctions',
  };
}
