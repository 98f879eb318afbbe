/**
 * The lists' URL parameters, as one zod schema per list, read by the screens (/statements,
 * /events) and by the downloads (/api/export/...) alike: a URL means the same filter wherever
 * it is read, and a value at fault gets the same message. The screens show the message and
 * carry on without that value; a download refuses the request with it (400).
 *
 * `zod/mini` rather than `zod`: the statements screen reads its URL in the browser too, and the
 * mini build keeps that code small.
 */
import * as z from 'zod/mini';
import { FIELD_LIMITS, longerThanAnyKey } from '@/data/field-limits';
import { partialDateProblem } from '@/data/partial-date';
import { MAX_SEARCH_TEXT_LENGTH, searchTextProblem } from '@/data/search-text';
import { EventKind, Stance } from '@/graphql/__generated__/client/graphql';

/** Every value a URL gives a parameter, in order (`?stance=A&stance=B` gives two). */
export type RawParams = Record<string, string[]>;

/** The API's Stance values, in the schema's order (hostile to conciliatory). */
export const STANCES: readonly Stance[] = Object.values(Stance);

/** The API's EventKind values, in the schema's order. */
export const EVENT_KINDS: readonly EventKind[] = Object.values(EventKind);

/** The longest words filter a URL may carry: the API's bound on search text, the same constant. */
export const MAX_TEXT_LENGTH = MAX_SEARCH_TEXT_LENGTH;

/** Page sizes a URL may ask for; the lists offer 20, 50 and 100. */
export const MIN_PAGE_SIZE = 1;
export const MAX_PAGE_SIZE = 100;

const KEY = /^[a-z0-9][a-z0-9-]*$/;

/** A value as a message quotes it: a long one cut short, so the message stays readable. */
const quoted = (value: string) => `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;

/**
 * Why a value is not a key, or null when it could be one. A key longer than any record's is
 * refused here, not sent to the API, whose own text bound would answer it with an error.
 */
function keyProblem(name: string, value: string): string | null {
  if (longerThanAnyKey(value))
    return `“${name}”: ${quoted(value)} is not a key (keys are at most ${FIELD_LIMITS.key} characters)`;
  return KEY.test(value) ? null : `“${name}”: ${quoted(value)} is not a key (keys look like “japan”)`;
}

/** What a transform is handed to report an issue with. */
type Ctx = z.core.ParsePayload;

/** A value that fails: the message names the parameter and the value at fault. */
function fail(ctx: Ctx, raw: string[], message: string): never {
  ctx.issues.push({ code: 'custom', message, input: raw });
  return z.NEVER as never;
}

/** Every value of a repeatable parameter, each also split on commas (`stance=HOSTILE,CRITICAL`). */
function listValues(raw: readonly string[]): string[] {
  const values = raw
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(values)];
}

/** A parameter read from all its raw values; absent or empty reads as undefined. */
function param<T>(read: (raw: string[], ctx: Ctx) => T | undefined) {
  return z.optional(z.pipe(z.array(z.string()), z.transform(read)));
}

/** Actor, topic and regime keys: slugs such as "japan" or "nikolay-nozdrev". */
const keyList = (name: string) =>
  param((raw, ctx) => {
    const values = listValues(raw).map((v) => v.toLowerCase());
    const problem = values.map((v) => keyProblem(name, v)).find((p) => p !== null);
    if (problem) return fail(ctx, raw, problem);
    return values.length > 0 ? values : undefined;
  });

const enumList = <E extends string>(name: string, allowed: readonly E[]) =>
  param((raw, ctx) => {
    const values = listValues(raw).map((v) => v.toUpperCase());
    const bad = values.find((v) => !(allowed as readonly string[]).includes(v));
    if (bad !== undefined) {
      return fail(ctx, raw, `“${name}”: ${quoted(bad)} is not known; expected one of ${allowed.join(', ')}`);
    }
    return values.length > 0 ? (values as E[]) : undefined;
  });

/**
 * `include=affiliates`: the speaker (or actor) filter takes in those who speak for that actor
 * (Russia's ambassador for Russia). The one value `include` knows.
 */
export const INCLUDE_AFFILIATES = 'affiliates';

/** A parameter that switches an option on by naming it (`include=affiliates`); true or absent. */
const option = (name: string, value: string) =>
  param((raw, ctx) => {
    const values = listValues(raw).map((v) => v.toLowerCase());
    const bad = values.find((v) => v !== value);
    if (bad !== undefined)
      return fail(ctx, raw, `“${name}”: ${quoted(bad)} is not known; expected “${value}”`);
    return values.length > 0 ? true : undefined;
  });

/**
 * A parameter that takes one value: a second one is a mistake, not a choice between them. The
 * value's own check runs only once there is exactly one (a pipe stops at the first issue).
 */
function oneValue<T>(name: string, check: (value: string, ctx: Ctx) => T) {
  const single = z.transform((raw: string[], ctx: Ctx) => {
    const values = raw.map((v) => v.trim()).filter((v) => v !== '');
    if (values.length > 1) return fail(ctx, raw, `“${name}” takes one value; got ${values.length}`);
    return values[0];
  });
  return z.optional(
    z.pipe(
      z.array(z.string()),
      z.pipe(
        single,
        z.transform((value: string | undefined, ctx: Ctx) =>
          value === undefined ? undefined : check(value, ctx),
        ),
      ),
    ),
  );
}

const oneKey = (name: string) =>
  oneValue(name, (raw, ctx) => {
    const value = raw.toLowerCase();
    const problem = keyProblem(name, value);
    return problem ? fail(ctx, [raw], problem) : value;
  });

/** A year, a month or a day, as the API's PartialDate takes it. */
const partialDate = (name: string) =>
  oneValue(name, (value, ctx) => {
    const problem = partialDateProblem(value);
    return problem ? fail(ctx, [value], `“${name}”: ${problem}`) : value;
  });

/**
 * Words to find in a quote or a summary: bounded so that a URL cannot ask for a long search, and
 * with a word in them, since punctuation alone would match nothing without a word of why. The
 * API refuses the same texts in the same words (data/search-text.ts).
 */
const words = (name: string) =>
  oneValue(name, (value, ctx) => {
    const problem = searchTextProblem(value);
    return problem ? fail(ctx, [value], `“${name}” ${problem}`) : value;
  });

/** Whether `from` starts after `to` ends ("2026" to "2025-12"); "2025-05" to "2025" overlap. */
export function isReversedRange(from: string | undefined, to: string | undefined): boolean {
  return Boolean(from && to && from.slice(0, to.length) > to);
}

/** What is said when From is after To, on the screens and in a refused download alike. */
export function reversedRangeMessage(from: string, to: string, noun: string): string {
  return `“From” (${from}) is after “To” (${to}), so no ${noun} can fall between them. Swap the two dates to see that range.`;
}

/** Where From lies after To: both dates, kept so a screen can offer the swapped range. */
export interface ReversedRange {
  from: string;
  to: string;
  message: string;
}

/**
 * A list's schema: its parameters, unknown names refused with the list of known ones, and the
 * rule that From may not lie after To (read as `reversedRange`, which a download refuses and a
 * screen answers with the swapped range).
 */
function listSchema<S extends z.core.$ZodLooseShape>(shape: S, noun: string) {
  const names = Object.keys(shape).join(', ');
  const fields = z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown filter ${issue.keys.map((k) => `“${k}”`).join(', ')}. This list takes: ${names}`
        : undefined,
  });
  return z.pipe(
    fields,
    z.transform((values) => {
      const { from, to } = values as { from?: string; to?: string };
      const reversedRange: ReversedRange | undefined =
        from && to && isReversedRange(from, to)
          ? { from, to, message: reversedRangeMessage(from, to, noun) }
          : undefined;
      return { ...values, reversedRange };
    }),
  );
}

export const STATEMENT_FILTER_FIELDS = {
  speaker: keyList('speaker'),
  include: option('include', INCLUDE_AFFILIATES),
  target: keyList('target'),
  topic: keyList('topic'),
  stance: enumList('stance', STANCES),
  from: partialDate('from'),
  to: partialDate('to'),
  text: words('text'),
};

export const EVENT_FILTER_FIELDS = {
  kind: enumList('kind', EVENT_KINDS),
  actor: keyList('actor'),
  include: option('include', INCLUDE_AFFILIATES),
  from: partialDate('from'),
  to: partialDate('to'),
};

export const DESIGNATION_FILTER_FIELDS = { regime: oneKey('regime') };

/**
 * A page of a list on screen: its size (`first`), a cursor either way (`after`, `before`) and
 * its number (`page`, for "21–40 of 95"). Downloads hold every record, so they take none of these.
 */
export const PAGE_FIELDS = {
  first: oneValue('first', (value, ctx) => {
    const size = Number(value);
    return Number.isInteger(size) && size >= MIN_PAGE_SIZE && size <= MAX_PAGE_SIZE
      ? size
      : fail(
          ctx,
          [value],
          `“first”: ${quoted(value)} is not a page size from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE}`,
        );
  }),
  after: oneValue('after', (cursor) => cursor),
  before: oneValue('before', (cursor) => cursor),
  page: oneValue('page', (value, ctx) => {
    const page = Number(value);
    return Number.isInteger(page) && page >= 1
      ? page
      : fail(ctx, [value], `“page”: ${quoted(value)} is not a page number`);
  }),
};

/** The downloads' schemas: the filters only. */
export const EXPORT_PARAMS = {
  statements: listSchema(STATEMENT_FILTER_FIELDS, 'statement'),
  events: listSchema(EVENT_FILTER_FIELDS, 'event'),
  designations: listSchema(DESIGNATION_FILTER_FIELDS, 'designation'),
};

/** The screens' schemas: the same filters, and the page. */
export const SCREEN_PARAMS = {
  statements: listSchema({ ...STATEMENT_FILTER_FIELDS, ...PAGE_FIELDS }, 'statement'),
  events: listSchema({ ...EVENT_FILTER_FIELDS, ...PAGE_FIELDS }, 'event'),
};

/** A URL's query as the schemas read it: every value of every parameter. */
export function rawParams(
  search: URLSearchParams | Record<string, string | string[] | undefined>,
): RawParams {
  const raw: RawParams = {};
  const entries =
    search instanceof URLSearchParams
      ? [...search]
      : Object.entries(search).flatMap(([name, v]) =>
          (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((value) => [name, value] as const),
        );
  for (const [name, value] of entries) (raw[name] ??= []).push(value);
  return raw;
}

/**
 * How a screen reads its URL: a parameter at fault is left out, with its message, and the rest
 * is read again, so a hand-edited URL still shows a page.
 */
export function readLeniently<T>(
  schema: z.ZodMiniType<T, RawParams>,
  raw: RawParams,
): { values: T; problems: string[]; faults: Record<string, string> } {
  const input: RawParams = { ...raw };
  const problems: string[] = [];
  // Each left-out parameter's message, so a screen can say it beside that parameter's field.
  const faults: Record<string, string> = {};
  for (;;) {
    const result = schema.safeParse(input);
    if (result.success) return { values: result.data, problems, faults };
    const before = Object.keys(input).length;
    for (const issue of result.error.issues) {
      problems.push(issue.message);
      const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0])];
      for (const name of names) {
        faults[name] ??= issue.message;
        delete input[name];
      }
    }
    // Every issue names a parameter, so each round drops one; this guards against one that does not.
    if (Object.keys(input).length === before)
      throw new Error(`unreadable parameters: ${problems.join('; ')}`);
  }
}

/** How a download reads its URL: a parameter at fault refuses it, every message given. */
export function readStrictly<T>(
  schema: z.ZodMiniType<T, RawParams>,
  raw: RawParams,
): { values: T } | { problems: string[] } {
  const result = schema.safeParse(raw);
  return result.success ? { values: result.data } : { problems: result.error.issues.map((i) => i.message) };
}
