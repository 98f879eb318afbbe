/**
 * The desk's source, event and sanctions-package forms: what they refuse before sending, the
 * API input their values make, and where the API's own user errors land. The user errors are
 * the API's real answers to the inputs the forms build, so a path the API changes shows up here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { eventInput, EVENT_ERROR_FIELDS, eventTypeErrors } from '../../app/desk/event/event-input';
import { placeErrors } from '../../app/desk/form-state';
import { packageInput, PACKAGE_ERROR_FIELDS, packageTypeErrors } from '../../app/desk/package/package-input';
import { sourceInput, SOURCE_ERROR_FIELDS, sourceTypeErrors } from '../../app/desk/source/source-input';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());
const auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Form Tester')).token}` };
const ERRORS = 'userErrors { field message code }';

/** The form state a write of `input` comes back as: the API's user errors placed by `fields`. */
async function placed(mutation: string, type: string, input: object, fields: Record<string, string>) {
  const doc = `mutation($i: ${type}!) { ${mutation}(input: $i) { ${ERRORS} } }`;
  const payload = ok(await api.query(doc, { i: input }, auth))[mutation];
  return placeErrors(payload.userErrors, fields, {});
}

const source = {
  key: 'desk-test-source',
  title: 'A test document',
  outlet: 'Test Wire',
  publishedAt: '2025-05',
  url: '',
  language: 'en',
};

describe('source form', () => {
  it('makes the API input, empty text as null, and names what is missing or malformed', () => {
    expect(sourceTypeErrors(source)).toEqual({});
    expect(sourceInput(source)).toEqual({ ...source, url: null });
    const errors = sourceTypeErrors({ ...source, title: '', publishedAt: '2025-13' });
    expect(Object.keys(errors).sort()).toEqual(['publishedAt', 'title']);
    expect(errors.publishedAt).toContain('month 13');
  });

  it('shows a key already held beside Key and a bad address beside URL', async () => {
    const held = await placed(
      'addSource',
      'AddSourceInput',
      sourceInput({ ...source, key: 'almayadeen-2025-russia-japan-rift' }),
      SOURCE_ERROR_FIELDS,
    );
    expect(Object.keys(held.errors)).toEqual(['key']);
    expect(held.formError).toBeNull();
    const url = await placed(
      'addSource',
      'AddSourceInput',
      sourceInput({ ...source, url: 'not an address' }),
      SOURCE_ERROR_FIELDS,
    );
    expect(Object.keys(url.errors)).toEqual(['url']);
  });
});

const event = {
  title: 'Test talks',
  kind: 'DIPLOMATIC',
  date: '2025-05-02',
  endDate: '',
  location: 'Tokyo',
  actorKeys: 'japan, russia',
  summary: 'Talks were held, for the test.',
  intensity: '',
  verification: '',
  sourceKey: 'almayadeen-2025-russia-japan-rift',
  excerpt: '',
  note: 'Made up for the test.',
};

describe('event form', () => {
  it('makes the API input: actors split at commas, no intensity as null, REPORTED by default', () => {
    expect(eventTypeErrors(event)).toEqual({});
    expect(eventInput(event)).toMatchObject({
      actorKeys: ['japan', 'russia'],
      endDate: null,
      intensity: null,
      verification: 'REPORTED',
      evidence: {
        sourceKey: 'almayadeen-2025-russia-japan-rift',
        excerpt: null,
        note: 'Made up for the test.',
      },
    });
    expect(eventInput({ ...event, intensity: '-2.5' }).intensity).toBe(-2.5);
  });

  it('names each field the API’s types would refuse', () => {
    const errors = eventTypeErrors({
      ...event,
      kind: 'PARTY',
      intensity: 'high',
      endDate: '2025-02-30',
      actorKeys: '',
    });
    expect(Object.keys(errors).sort()).toEqual(['actorKeys', 'endDate', 'intensity', 'kind']);
    expect(errors.intensity).toContain('"high" is not an intensity');
    for (const intensity of ['0x10', '1e1', '11'])
      expect(eventTypeErrors({ ...event, intensity }).intensity, intensity).toContain('is not an intensity');
  });

  it('shows an unknown actor beside Actors, an unknown source beside Source, an early end beside End date', async () => {
    const actor = await placed(
      'addEvent',
      'AddEventInput',
      eventInput({ ...event, actorKeys: 'japan, no-such-actor' }),
      EVENT_ERROR_FIELDS,
    );
    expect(Object.keys(actor.errors)).toEqual(['actorKeys']);
    expect(actor.errors.actorKeys).toContain('no-such-actor');
    const source = await placed(
      'addEvent',
      'AddEventInput',
      eventInput({ ...event, sourceKey: 'no-such-source' }),
      EVENT_ERROR_FIELDS,
    );
    expect(Object.keys(source.errors)).toEqual(['sourceKey']);
    const early = await placed(
      'addEvent',
      'AddEventInput',
      eventInput({ ...event, endDate: '2025-05-01' }),
      EVENT_ERROR_FIELDS,
    );
    expect(Object.keys(early.errors)).toEqual(['endDate']);
  });

  it('shows evidence with neither words nor a note beside Excerpt', async () => {
    const state = await placed(
      'addEvent',
      'AddEventInput',
      eventInput({ ...event, note: '' }),
      EVENT_ERROR_FIELDS,
    );
    expect(Object.keys(state.errors)).toEqual(['excerpt']);
    expect(state.formError).toBeNull();
  });
});

const pkg = {
  imposerKey: 'japan',
  targetKey: 'russia',
  date: '2025-05',
  ordinal: '',
  title: 'Test package',
  measures: 'Visa ban, asset freeze\n\nExport ban ',
  designatedIndividuals: '3',
  designatedEntities: '',
  sourceKey: 'almayadeen-2025-russia-japan-rift',
  excerpt: '',
  note: 'Made up for the test.',
};

describe('sanctions-package form', () => {
  it('makes the API input: one measure a line, counts as numbers, none as null', () => {
    expect(packageTypeErrors(pkg)).toEqual({});
    expect(packageInput(pkg)).toMatchObject({
      measures: ['Visa ban, asset freeze', 'Export ban'],
      ordinal: null,
      designatedIndividuals: 3,
      designatedEntities: null,
    });
  });

  it('wants whole numbers for the ordinal and the counts', () => {
    const errors = packageTypeErrors({ ...pkg, ordinal: '2.5', designatedEntities: 'many', imposerKey: '' });
    expect(Object.keys(errors).sort()).toEqual(['designatedEntities', 'imposerKey', 'ordinal']);
    expect(errors.ordinal).toBe('"2.5" is not a whole number.');
    const typed = packageTypeErrors({ ...pkg, ordinal: '0x10', designatedIndividuals: '1e3' });
    expect(typed.ordinal).toContain('"0x10" is not a number');
    expect(typed.designatedIndividuals).toContain('"1e3" is not a number');
  });

  it('shows an unknown imposer beside Imposer and a negative count beside its field', async () => {
    const imposer = await placed(
      'addSanctionPackage',
      'AddSanctionPackageInput',
      packageInput({ ...pkg, imposerKey: 'no-such-actor' }),
      PACKAGE_ERROR_FIELDS,
    );
    expect(Object.keys(imposer.errors)).toEqual(['imposerKey']);
    const count = await placed(
      'addSanctionPackage',
      'AddSanctionPackageInput',
      packageInput({ ...pkg, designatedEntities: '-1' }),
      PACKAGE_ERROR_FIELDS,
    );
    expect(Object.keys(count.errors)).toEqual(['designatedEntities']);
  });
});
