/**
 * The desk's fields and their limits: a value past its field's limit is refused beside the field
 * in the desk's words before anything is sent, the intake's echo of a post is bounded, and a form
 * post past the size limit gets a plain page from the server instead of a bare 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnalyst } from '../../data/ingest/analysts';
import { sqliteAccounts } from '../../data/store/accounts';
import { FIELD_LIMITS, MAX_INTAKE_TEXT_LENGTH } from '../../data/field-limits';
import { eventTypeErrors } from '../../app/desk/event/event-input';
import { maxLengthOf } from '../../app/desk/field-limits';
import { FORM_BODY_LIMIT_BYTES } from '../../app/desk/form-size';
import { formBodyBytes } from '../../app/desk/form-size-check';
import { postedValues } from '../../app/desk/intake/posted-values';
import { packageTypeErrors } from '../../app/desk/package/package-input';
import { sourceTypeErrors } from '../../app/desk/source/source-input';
import { STATEMENT_LIMITS, statementTypeErrors } from '../../app/desk/statement-input';
import { oversizeFormAnswer } from '../../scripts/request-guards';
import { freshDatabase } from '../helpers/db';
import { ok, testServer } from '../helpers/graphql';

const statement = {
  speakerKey: 'nikolay-nozdrev',
  targetKeys: 'japan',
  date: '2025-06-02',
  quote: '',
  summary: 'A summary.',
  stance: 'CRITICAL',
  intensity: '-2',
  sourceKey: 'almayadeen-2025-russia-japan-rift',
  excerpt: 'Words.',
  note: '',
};

describe('a desk field past its limit', () => {
  it('is refused beside the field, in the desk’s words', () => {
    const errors = statementTypeErrors({
      ...statement,
      quote: 'q'.repeat(6_210),
      targetKeys: Array.from({ length: 150 }, (_, i) => `actor-${i}`).join(', '),
      note: 'n'.repeat(5_001),
    });
    expect(errors).toEqual({
      quote: 'Quote: at most 5,000 characters; this has 6,210.',
      targetKeys: 'Targets: at most 100 items; this has 150.',
      note: 'Note: at most 5,000 characters; this has 5,001.',
    });
    expect(statementTypeErrors({ ...statement, quote: 'q'.repeat(5_000) })).toEqual({});
    expect(statementTypeErrors({ ...statement, speakerKey: 'k'.repeat(201) }).speakerKey).toBe(
      'Speaker: at most 200 characters; this has 201.',
    );
  });

  it('holds on the event, package and source forms too', () => {
    expect(eventTypeErrors({ title: 't'.repeat(501) }).title).toBe(
      'Title: at most 500 characters; this has 501.',
    );
    expect(eventTypeErrors({ excerpt: 'e'.repeat(5_001) }).excerpt).toBe(
      'Excerpt: at most 5,000 characters; this has 5,001.',
    );
    expect(packageTypeErrors({ measures: `short\n${'m'.repeat(600)}` }).measures).toBe(
      'Measures: at most 500 characters an item; one has 600.',
    );
    expect(sourceTypeErrors({ url: `https://example.org/${'a'.repeat(2_100)}` }).url).toMatch(
      /^URL: at most 2,048 characters; this has 2,1\d\d\.$/,
    );
  });

  it('is its control’s maxLength: a list’s is its items at their longest', () => {
    expect(maxLengthOf(STATEMENT_LIMITS.quote!)).toBe(FIELD_LIMITS.longText);
    expect(maxLengthOf(STATEMENT_LIMITS.targetKeys!)).toBe(FIELD_LIMITS.listItems * (FIELD_LIMITS.key + 2));
  });
});

describe('the intake’s echo of a post', () => {
  it('keeps only the form’s own fields, each cut at its limit, and no more than 200 proposals', () => {
    const form = new FormData();
    form.set('sourceKey', 'jiji-2025040900009');
    form.set('text', 't'.repeat(MAX_INTAKE_TEXT_LENGTH + 5_000));
    form.set('p12.summary', 's'.repeat(9_000));
    form.set('p12.stance', 'CRITICAL');
    form.set('p12.made-up', 'x');
    form.set('padding', 'p'.repeat(500_000));
    for (let i = 0; i < 300; i += 1) form.set(`p${1_000 + i}.quote`, 'q');
    const values = postedValues(form);
    expect(values.text).toHaveLength(MAX_INTAKE_TEXT_LENGTH);
    expect(values['p12.summary']).toHaveLength(FIELD_LIMITS.longText);
    expect(values['p12.stance']).toBe('CRITICAL');
    expect(values).not.toHaveProperty('padding');
    expect(values).not.toHaveProperty('p12.made-up');
    expect(
      Object.keys(values).filter((name) => name.startsWith('p1') && name.endsWith('.quote')),
    ).toHaveLength(199);
  });
});

describe('a form post past the size limit', () => {
  it('gets a plain 413 page from the server before Next reads it; the API and smaller posts pass', () => {
    const over = String(FORM_BODY_LIMIT_BYTES + 1);
    const answer = oversizeFormAnswer('POST', '/desk/intake', over);
    expect(answer?.status).toBe(413);
    expect(answer?.headers['content-type']).toContain('text/html');
    expect(answer?.body).toContain('Nothing was saved');
    expect(oversizeFormAnswer('POST', '/desk/intake', String(FORM_BODY_LIMIT_BYTES))).toBeNull();
    expect(oversizeFormAnswer('POST', '/api/graphql', over)).toBeNull();
    expect(oversizeFormAnswer('GET', '/desk/intake', over)).toBeNull();
    expect(oversizeFormAnswer('POST', '/desk/intake', undefined)).toBeNull();
  });

  it('is measured in the browser as the bytes it would send', () => {
    const form = new FormData();
    form.set('text', 'é'.repeat(1_000));
    expect(formBodyBytes(form)).toBeGreaterThan(2_000);
    form.set('text', 'é'.repeat(FORM_BODY_LIMIT_BYTES / 2));
    expect(formBodyBytes(form)).toBeGreaterThan(FORM_BODY_LIMIT_BYTES);
  });
});

describe('the intake’s text past its bound', () => {
  const { db } = freshDatabase();
  const api = testServer(db);
  afterAll(() => api.stop());
  let auth: { authorization: string };
  beforeAll(async () => {
    auth = { authorization: `Bearer ${(await addAnalyst(sqliteAccounts(db), 'Limit Tester')).token}` };
  });

  it('is refused naming the intake’s limit, never the internal bound', async () => {
    const doc = `mutation($i: ProposeStatementsInput!) { proposeStatements(input: $i) { userErrors { message } } }`;
    const text = 'x'.repeat(2 * MAX_INTAKE_TEXT_LENGTH + 1);
    const result = await api.query(doc, { i: { sourceKey: 'jiji-2025040900009', text } }, auth);
    const message = JSON.stringify(result);
    expect(message).toContain(`the intake reads at most ${MAX_INTAKE_TEXT_LENGTH}`);
    expect(message).not.toContain(String(2 * MAX_INTAKE_TEXT_LENGTH));
    expect(() => ok(result)).toThrow();
  });
});
