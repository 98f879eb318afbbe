/**
 * addActor: a new speaker, keyed from its name unless given a key, readable at once by
 * actor(key), and refused with a user error naming the field when the key is taken or
 * unusable, the affiliation unknown, or a code malformed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useWriteToken } from '../helpers/write-token';
import { keyFromName } from '../../data/ingest/actor-key';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

const TOKEN = 'add-actor-token';
useWriteToken(TOKEN);

const ADD = `mutation($i: AddActorInput!) {
  addActor(input: $i) {
    actor { id key kind name title aliases countryCode wikidataId affiliation { key } }
    userErrors { field message code }
  }
}`;
const add = async (input: Record<string, unknown>, token = TOKEN) =>
  ok(await api.query(ADD, { i: input }, { authorization: `Bearer ${token}` })).addActor;

async function refused(input: Record<string, unknown>) {
  const before = await api.contents();
  const payload = await add(input);
  expect(payload.actor).toBeNull();
  expect(await api.contents()).toEqual(before);
  return payload.userErrors;
}

describe('addActor', () => {
  it('adds a speaker keyed from the name, readable at once by actor(key), as its affiliation’s voice', async () => {
    const payload = await add({
      name: 'Andrei Rudenko',
      kind: 'PERSON',
      title: 'Deputy Foreign Minister of Russia',
      affiliationKey: 'russia',
      aliases: ['Rudenko', 'A. Rudenko'],
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.actor).toMatchObject({
      key: 'andrei-rudenko',
      kind: 'PERSON',
      name: 'Andrei Rudenko',
      title: 'Deputy Foreign Minister of Russia',
      aliases: ['Rudenko', 'A. Rudenko'],
      countryCode: null,
      affiliation: { key: 'russia' },
    });
    const read = ok(
      await api.query(`{ actor(key: "andrei-rudenko") { id name affiliation { key } } }`),
    ).actor;
    expect(read).toEqual({ id: payload.actor.id, name: 'Andrei Rudenko', affiliation: { key: 'russia' } });
    const { recentRevisions } = ok(
      await api.query('{ recentRevisions(first: 100) { by action fields record { type key } } }'),
    );
    const ofActor = recentRevisions.filter(
      (r: Loose) => r.record.type === 'Actor' && r.record.key === 'andrei-rudenko',
    );
    expect(ofActor).toMatchObject([
      { by: 'admin', action: 'CREATED', fields: ['name', 'kind', 'title', 'affiliationKey', 'aliases'] },
    ]);
  });

  it('then takes statements as their speaker', async () => {
    const statement = ok(
      await api.query(
        `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { speaker { key } } userErrors { code } } }`,
        {
          i: {
            speakerKey: 'andrei-rudenko',
            targetKeys: ['japan'],
            date: '2025-04-13',
            summary: 'Rudenko spoke about Japan (actor test).',
            stance: 'CRITICAL',
            intensity: -2,
            evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Actor test.' },
          },
        },
        { authorization: `Bearer ${TOKEN}` },
      ),
    ).addStatement;
    expect(statement).toEqual({ statement: { speaker: { key: 'andrei-rudenko' } }, userErrors: [] });
  });

  it('keeps a key it is given, and a state’s alpha-3 code and Wikidata item', async () => {
    const payload = await add({
      key: 'kyrgyzstan',
      name: 'Kyrgyz Republic',
      kind: 'STATE',
      countryCode: 'KGZ',
      wikidataId: 'Q813',
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.actor).toMatchObject({ key: 'kyrgyzstan', countryCode: 'KGZ', wikidataId: 'Q813' });
  });

  it('makes keys of lowercase ASCII letters, digits and single hyphens', () => {
    expect(keyFromName('Andrei Rudenko')).toBe('andrei-rudenko');
    expect(keyFromName('  Sergueï  Lavrov ')).toBe('serguei-lavrov');
    expect(keyFromName('Ministry of Foreign Affairs (Japan)')).toBe('ministry-of-foreign-affairs-japan');
    expect(keyFromName('G7 / G20')).toBe('g7-g20');
    expect(keyFromName('Андрей Руденко')).toBe('');
  });

  it('refuses a key that is taken, given or made from the name', async () => {
    expect(await refused({ name: 'Andrei Rudenko', kind: 'PERSON' })).toEqual([
      {
        field: ['input', 'key'],
        code: 'CONFLICT',
        message: 'an actor with key "andrei-rudenko" exists (made from the name; give another key)',
      },
    ]);
    expect(await refused({ key: 'russia', name: 'Russia again', kind: 'STATE' })).toEqual([
      { field: ['input', 'key'], code: 'CONFLICT', message: 'an actor with key "russia" exists' },
    ]);
  });

  it('refuses a name that makes no key, asking for one', async () => {
    const [error] = await refused({ name: 'Андрей Руденко', kind: 'PERSON' });
    expect(error).toMatchObject({ field: ['input', 'key'], code: 'INVALID_INPUT' });
    expect(error.message).toMatch(/no key can be made from the name "Андрей Руденко".*give a key/);
    const payload = await add({ key: 'andrei-rudenko-ru', name: 'Андрей Руденко', kind: 'PERSON' });
    expect(payload.userErrors).toEqual([]);
  });

  it.each([
    [
      { name: 'Nobody', kind: 'PERSON', affiliationKey: 'atlantis' },
      ['input', 'affiliationKey'],
      'NOT_FOUND',
      /unknown actor key "atlantis"/,
    ],
    [
      { name: 'Bad Code', kind: 'STATE', countryCode: 'RU' },
      ['input', 'countryCode'],
      'INVALID_INPUT',
      /alpha-3/,
    ],
    [
      { name: 'Bad Code Two', kind: 'STATE', countryCode: 'rus' },
      ['input', 'countryCode'],
      'INVALID_INPUT',
      /alpha-3/,
    ],
    [
      { name: 'Bad Item', kind: 'PERSON', wikidataId: '159' },
      ['input', 'wikidataId'],
      'INVALID_INPUT',
      /Wikidata item/,
    ],
    [
      { key: 'Not A Slug', name: 'Bad Key', kind: 'PERSON' },
      ['input', 'key'],
      'INVALID_INPUT',
      /lowercase slug/,
    ],
    [
      { name: '   ', kind: 'PERSON', key: 'blank-name' },
      ['input', 'name'],
      'INVALID_INPUT',
      /must not be empty/,
    ],
    [
      { name: 'Empty Alias', kind: 'PERSON', aliases: [''] },
      ['input', 'aliases'],
      'INVALID_INPUT',
      /must not be empty/,
    ],
  ])('refuses %j at its field', async (input, field, code, message) => {
    const errors = await refused(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, code, message: expect.stringMatching(message) });
  });

  it('needs a write token like every write', async () => {
    const payload = await add({ name: 'Token Less', kind: 'PERSON' }, 'wrong-token');
    expect(payload).toEqual({
      actor: null,
      userErrors: [{ field: null, code: 'UNAUTHENTICATED', message: expect.any(String) }],
    });
  });
});
