/**
 * The desk's correction form sends only what the analyst changed (with the reason), and the
 * API records exactly those fields; a sign-in returns only to a same-site /desk path; a record's
 * history names fields in readers' words.
 */
import { print } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldWords } from '../../app/components/field-words';
import {
  CORRECTION_FIELDS,
  correctionInput,
  correctionTypeErrors,
  heldValues,
  type HeldStatement,
} from '../../app/desk/correction-input';
import { formValues, listOf } from '../../app/desk/form-state';
import { deskReturnPath } from '../../app/desk/return-path';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import {
  DeskStatementToCorrectDocument,
  DeskUpdateStatementDocument,
} from '../../graphql/__generated__/client/graphql';
import { fromGlobalId, mayBeGlobalId, toGlobalId } from '../../graphql/ids';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Form Tester')).token}` };

const ADD = `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id } userErrors { message } } }`;
const REVISIONS = `query($id: ID!) { node(id: $id) { ... on Statement { revisions { action reason fields } } } }`;

/** A statement added through the API on `date` (so that no two collide), read as the form reads it. */
async function heldStatement(date: string): Promise<HeldStatement> {
  const added = ok(
    await api.query(
      ADD,
      {
        i: {
          speakerKey: 'nikolay-nozdrev',
          targetKeys: ['japan'],
          date,
          quote: 'Correction test words',
          summary: 'A made-up statement for the correction form’s test.',
          stance: 'CRITICAL',
          intensity: -2,
          evidence: {
            sourceKey: 'almayadeen-2025-russia-japan-rift',
            excerpt: 'Test copy: "Correction test words," he said.',
          },
        },
      },
      auth,
    ),
  ).addStatement;
  expect(added.userErrors).toEqual([]);
  const node = ok(await api.query(print(DeskStatementToCorrectDocument), { id: added.statement.id })).node;
  return node as HeldStatement;
}

describe('correction form', () => {
  it('fills the form with the statement as held, and sends nothing but the id and reason when nothing changed', async () => {
    const held = await heldStatement('2025-06-03');
    const values = heldValues(held);
    expect(values).toMatchObject({
      speakerKey: 'nikolay-nozdrev',
      targetKeys: 'japan',
      date: '2025-06-03',
      intensity: '-2',
      excerpt: 'Test copy: "Correction test words," he said.',
    });
    const input = correctionInput(held.id, held, { ...values, reason: 'No change.' });
    expect(input).toEqual({ id: held.id, reason: 'No change.' });
    const payload = ok(await api.query(print(DeskUpdateStatementDocument), { input }, auth)).updateStatement;
    expect(payload.userErrors.map((e: { message: string }) => e.message)).toEqual([
      'the correction changes nothing: every field given is as held',
    ]);
  });

  it('sends only the changed fields (a list by its items, a number by value), and the API records just those', async () => {
    const held = await heldStatement('2025-06-04');
    const edited = {
      ...heldValues(held),
      targetKeys: ' japan ,',
      intensity: '-2.0',
      summary: 'A corrected summary for the correction form’s test.',
      reason: 'The summary overstated it.',
    };
    const input = correctionInput(held.id, held, edited);
    expect(input).toEqual({
      id: held.id,
      reason: 'The summary overstated it.',
      summary: 'A corrected summary for the correction form’s test.',
    });
    const payload = ok(await api.query(print(DeskUpdateStatementDocument), { input }, auth)).updateStatement;
    expect(payload.userErrors).toEqual([]);
    const { revisions } = ok(await api.query(REVISIONS, { id: held.id })).node;
    expect(revisions.at(-1)).toEqual({
      action: 'UPDATED',
      reason: 'The summary overstated it.',
      fields: ['summary'],
    });
  });

  /** A statement as the correction form reads it, with `changes` over a plain one. */
  const heldWith = (changes: Record<string, unknown>) =>
    ({
      id: 'S1',
      speaker: { key: 'a' },
      targets: [{ key: 'b' }],
      date: '2025',
      quote: null,
      summary: 'S.',
      stance: 'CRITICAL',
      intensity: 1,
      cameoCode: null,
      topics: [],
      ...changes,
    }) as unknown as HeldStatement;

  it('sends the evidence whole when its excerpt changes, and targets as a list', () => {
    const held = heldWith({
      cameoCode: '111',
      topics: [{ key: 'sanctions' }],
      evidence: { source: { key: 'src' }, excerpt: 'Old.', note: 'A note.', via: { key: 'ria' } },
    });
    const v = { ...heldValues(held), targetKeys: 'b, c', excerpt: 'New.', topicKeys: '', reason: 'R.' };
    expect(heldValues(held).note).toBe('A note.');
    expect(correctionInput('S1', held, v)).toEqual({
      id: 'S1',
      reason: 'R.',
      targetKeys: ['b', 'c'],
      topicKeys: [],
      evidence: { sourceKey: 'src', excerpt: 'New.', note: 'A note.', viaKey: 'ria' },
    });
  });

  it('reads a text held with "\\r\\n" as the form sends it back, so only the reason goes', () => {
    const held = heldWith({
      summary: 'One.\r\nTwo.',
      evidence: { source: { key: 'src' }, excerpt: null, note: 'Line\rbreak.', via: null },
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(heldValues(held)))
      form.set(name, value.replace(/\n/g, '\r\n'));
    form.set('reason', 'R.');
    expect(correctionInput('S1', held, formValues(form, CORRECTION_FIELDS))).toEqual({
      id: 'S1',
      reason: 'R.',
    });
  });

  /** A correction form with every required field filled. */
  const filled = {
    speakerKey: 'a',
    targetKeys: 'b',
    date: '2025',
    summary: 'S.',
    stance: 'CRITICAL',
    intensity: '1',
    sourceKey: 's',
  };

  it('asks for the reason beside its field', () => {
    expect(correctionTypeErrors({ ...filled, reason: '' })).toEqual({
      reason: expect.stringContaining('Say what was wrong'),
    });
  });

  it('says beside Reason, CAMEO code and Topics when they are longer than the API takes', () => {
    expect(
      correctionTypeErrors({
        ...filled,
        reason: 'x'.repeat(1_048_576),
        cameoCode: '11111',
        topicKeys: `ukraine, ${'k'.repeat(201)}`,
      }),
    ).toEqual({
      reason: 'Reason: at most 5,000 characters; this has 1,048,576.',
      cameoCode: 'CAMEO code: at most 4 characters; this has 5.',
      topicKeys: 'Topics: at most 200 characters an item; one has 201.',
    });
    expect(correctionTypeErrors({ ...filled, reason: 'r'.repeat(5_000) })).toEqual({});
  });
});

describe('form values', () => {
  it('reads a textarea’s CRLF line breaks as LF, so an unchanged text is unchanged and its length is as shown', () => {
    const form = new FormData();
    form.set('summary', ' one\r\ntwo\rthree\n ');
    expect(formValues(form, ['summary', 'absent'])).toEqual({ summary: 'one\ntwo\nthree', absent: '' });
  });

  it('lists each key once', () => {
    expect(listOf('japan, nato\njapan,, nato ')).toEqual(['japan', 'nato']);
  });
});

describe('ids in addresses', () => {
  it('takes any id toGlobalId makes, up to the longest key, and nothing longer than an id can be', () => {
    const longest = toGlobalId('SanctionDesignation', '\u{10FFFF}'.repeat(200));
    expect(mayBeGlobalId(longest)).toBe(true);
    expect(fromGlobalId(longest)).toEqual({ type: 'SanctionDesignation', key: '\u{10FFFF}'.repeat(200) });
    expect(mayBeGlobalId('A'.repeat(11_000))).toBe(false);
    expect(mayBeGlobalId('')).toBe(false);
    expect(mayBeGlobalId('a/b')).toBe(false);
  });
});

describe('return after sign-in', () => {
  it('takes a same-site /desk path, with its query', () => {
    expect(deskReturnPath('/desk')).toBe('/desk');
    expect(deskReturnPath('/desk/correct/U3RhdGVtZW50OnM%3D')).toBe('/desk/correct/U3RhdGVtZW50OnM%3D');
    expect(deskReturnPath('/desk/statement?x=1')).toBe('/desk/statement?x=1');
  });

  it('refuses anything else: absolute URLs, //host, backslashes, other paths, paths climbing out', () => {
    for (const next of [
      undefined,
      null,
      '',
      'https://evil.example/desk',
      '//evil.example/desk',
      '/\\evil.example/desk',
      '/desk\\..\\api',
      '/desktop',
      '/records/abc',
      '/desk/../api/graphql',
      '/desk/%2e%2e/api',
      'desk',
      '/desk\nLocation: //evil.example',
    ]) {
      expect(deskReturnPath(next), String(next)).toBeNull();
    }
  });
});

describe('history words', () => {
  it('names fields as readers say them', () => {
    expect(
      ['speakerKey', 'targetKeys', 'date', 'quote', 'cameoCode', 'topicKeys', 'actorKeys', 'endDate'].map(
        fieldWords,
      ),
    ).toEqual(['speaker', 'targets', 'date', 'quote', 'CAMEO code', 'topics', 'actors', 'end date']);
  });
});
