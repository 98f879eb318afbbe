/**
 * /search shows what the API's search answers, as it answers it: the records in the API's order,
 * each linked to its page; blank words ask nothing; words the API refuses are said in its own
 * words beside the box; and no count is claimed that the API does not give.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchParams } from '../../app/lib/search-params';
import { freshDatabase } from '../helpers/db';

type Page = typeof import('../../app/search/page').default;
let SearchPage: Page;
let searchFor: typeof import('../../app/search/search-outcome').searchFor;
let searchEntry: typeof import('../../app/search/search-entry').searchEntry;
let shownWords: typeof import('../../app/search/shown-words').shownWords;

const render = async (params: SearchParams) =>
  renderToStaticMarkup(await SearchPage({ searchParams: Promise.resolve(params) }));

/** The links of the result list, in the order the page shows them. */
const resultLinks = (html: string) =>
  [...(html.split('<ol')[1] ?? '').matchAll(/<h3 class="record-title"><a href="([^"]+)"/g)].map((m) => m[1]);

beforeAll(async () => {
  const { db, file } = freshDatabase();
  db.close();
  process.env.FAULTLINE_DB = file;
  ({ default: SearchPage } = await import('../../app/search/page'));
  ({ shownWords } = await import('../../app/search/shown-words'));
  ({ searchFor } = await import('../../app/search/search-outcome'));
  ({ searchEntry } = await import('../../app/search/search-entry'));
});

describe('/search', () => {
  it("lists the API's results in its order, each kind linked to the page the app gives it", async () => {
    const html = await render({ q: 'nato' });
    const outcome = await searchFor('nato');
    if (outcome.kind !== 'found') throw new Error(`the search was not answered: ${outcome.kind}`);
    expect(resultLinks(html)).toEqual(outcome.results.map((r) => searchEntry(r).href));
    expect(html).toContain('<h2 id="results-heading">Results for “nato”</h2>');
    expect(html).toContain('<a href="/actors/nato">NATO</a>');
    expect(html).toContain(
      '<a href="/alliances#alliance-nato">North Atlantic Treaty Organization (NATO)</a>',
    );
    expect(html).toContain('<a href="/alliances#office-nato-office-tokyo">');
    expect(html).toMatch(/<span class="badge">Event<\/span><span>12 Jul 2023<\/span>/);
    expect(html).toMatch(/<a href="\/records\/[^"]+">Japan and NATO agree the ITPP<\/a>/);
    expect(html).toContain(`${outcome.results.length} found, best match first.`);
  });

  it('says a full page is only the first so many, without claiming a count', async () => {
    const html = await render({ q: 'japan' });
    expect(resultLinks(html)).toHaveLength(20);
    expect(html).toContain('The first 20 found, best match first; more may match.');
    expect(html).toContain('<a href="/sanctions#regime-japan-on-russia">Japan → Russia</a>');
  });

  it('leads a designation, which has no page of its own, to the actor it lists', () => {
    // The seed holds no designation: the listing is written out as the API returns one.
    const entry = searchEntry({
      __typename: 'SanctionDesignation',
      key: 'ofac-sdn-12345',
      listedOn: '2024-02-23',
      authority: 'OFAC',
      program: 'RUSSIA-EO14024',
      designee: { key: 'some-bank', name: 'Some Bank' },
    });
    expect(entry).toEqual({
      kind: 'Designation',
      name: 'Some Bank',
      detail: 'OFAC, RUSSIA-EO14024',
      date: '23 Feb 2024',
      href: '/actors/some-bank',
    });
  });

  it('asks nothing for blank words and says what to type', async () => {
    for (const params of [{}, { q: '' }, { q: '   ' }]) {
      const html = await render(params);
      expect(html).toContain('Type a word or a name');
      // The search reads words only; the page says so before anyone tries an operator.
      expect(html).toContain('NOT and OR are no operators here');
      expect(html).not.toContain('<ol');
      expect(html).not.toContain('role="alert"');
    }
  });

  it('says plainly that nothing matched, with the words searched', async () => {
    const html = await render({ q: 'zzqqxx' });
    expect(html).toContain('Nothing matches “zzqqxx”.');
    expect(html).not.toContain('<ol');
  });

  it("says the API's refusal beside the box, in the API's words", async () => {
    const tooLong = await render({ q: 'x'.repeat(201) });
    expect(tooLong).toContain(
      '<span id="search-problem" class="field-problem" role="alert">Argument &quot;text&quot; is limited to 200 characters; got 201</span>',
    );
    expect(tooLong).toContain('aria-invalid="true" aria-describedby="search-problem"');
    const punctuation = await render({ q: '?!…' });
    expect(punctuation).toContain('Argument &quot;text&quot; has no words to search for');
    expect(punctuation).not.toContain('<ol');
  });

  it('repeats at most the words the API would take, with no control or direction character', async () => {
    const long = await render({ q: `${'x'.repeat(10_000)}\u0000\u202e` });
    expect(long).toContain('got 10002');
    expect(long).toContain(`value="${'x'.repeat(200)}…"`);
    expect(long).not.toContain('x'.repeat(201));
    const hidden = await render({ q: 'russia\u202e\u0000' });
    expect(hidden).toContain('value="russia\ufffd\ufffd"');
    expect(hidden.includes('\u0000') || hidden.includes('\u202e')).toBe(false);
    expect(shownWords(`a\u0007b${'y'.repeat(300)}`)).toHaveLength(201);
  });

  it('reads the first of repeated q parameters', async () => {
    const html = await render({ q: ['nato', 'japan'] });
    expect(html).toContain('Results for “nato”');
  });
});
