/**
 * The seed dataset's content, not only its shape: every reference resolves, the statements keep
 * their quotes inside their excerpts, and the article's headline figures keep their bounds.
 * That the excerpts are the seed article's own words is checked against its text by
 * `npm run test:sources` (tests/sources/seed-article.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { allEvidence, ARTICLE_SOURCE, seed as data } from '../helpers/seed-data';
import { cameoCodebook } from '../../data/cameo';

const keysOf = (records: { key: string }[]) => new Set(records.map((r) => r.key));
const sourceKeys = keysOf(data.sources);
const actorKeys = keysOf(data.actors);
const topicKeys = keysOf(data.topics);
const allianceKeys = keysOf(data.alliances);
const regimeKeys = keysOf(data['sanction-regimes']);

describe('seed dataset: keys', () => {
  it('has unique keys in every file', () => {
    for (const [name, records] of Object.entries(data)) {
      const keys = (records as { key: string }[]).map((r) => r.key);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('has the keys DESIGN.md fixes', () => {
    for (const key of [
      'russia',
      'japan',
      'ukraine',
      'united-states',
      'china',
      'north-korea',
      'belarus',
      'palestine',
      'nato',
      'nikolay-nozdrev',
      'mark-rutte',
      'ria-novosti',
    ]) {
      expect(actorKeys.has(key), `actor ${key}`).toBe(true);
    }
    for (const key of ['nato', 'itpp', 'nsatu', 'foip'])
      expect(allianceKeys.has(key), `alliance ${key}`).toBe(true);
    expect(sourceKeys.has(ARTICLE_SOURCE)).toBe(true);
  });

  it('describes the seed article without a date', () => {
    const seed = data.sources.find((s) => s.key === ARTICLE_SOURCE);
    expect(seed?.outlet).toBe('Al Mayadeen English');
    expect(seed?.title).toBe('Russia-Japan diplomatic rift grows amid NATO, Ukraine disputes');
    expect(seed?.publishedAt).toBeUndefined();
  });

  it('gives states their ISO code and Wikidata item', () => {
    const expected: Record<string, [string, string]> = {
      russia: ['RUS', 'Q159'],
      japan: ['JPN', 'Q17'],
      ukraine: ['UKR', 'Q212'],
      'united-states': ['USA', 'Q30'],
      china: ['CHN', 'Q148'],
      'north-korea': ['PRK', 'Q423'],
      belarus: ['BLR', 'Q184'],
      palestine: ['PSE', 'Q219060'],
    };
    for (const [key, [code, qid]] of Object.entries(expected)) {
      const actor = data.actors.find((a) => a.key === key);
      expect(actor?.kind, key).toBe('STATE');
      expect(actor?.countryCode, key).toBe(code);
      expect(actor?.wikidataId, key).toBe(qid);
    }
    expect(data.actors.find((a) => a.key === 'nato')?.wikidataId).toBe('Q7184');
    expect(data.actors.find((a) => a.key === 'mark-rutte')?.wikidataId).toBe('Q57792');
  });
});

describe('seed dataset: references', () => {
  it('cites only sources that exist, and uses every source', () => {
    const used = new Set<string>();
    for (const { at, evidence } of allEvidence()) {
      expect(sourceKeys.has(evidence.source), `${at} cites ${evidence.source}`).toBe(true);
      used.add(evidence.source);
    }
    for (const key of sourceKeys) expect(used.has(key), `source ${key} is never cited`).toBe(true);
  });

  it('attributes evidence only to actors that exist', () => {
    for (const { at, evidence } of allEvidence()) {
      if (evidence.via !== undefined)
        expect(actorKeys.has(evidence.via), `${at} via ${evidence.via}`).toBe(true);
    }
  });

  it('links actors, alliances, offices and regimes to records that exist', () => {
    for (const a of data.actors) {
      if (a.affiliation !== undefined)
        expect(actorKeys.has(a.affiliation), `${a.key} affiliation`).toBe(true);
    }
    for (const a of data.alliances) {
      if (a.lead !== undefined) expect(actorKeys.has(a.lead), `${a.key} lead`).toBe(true);
    }
    for (const m of data.memberships) {
      expect(actorKeys.has(m.actor), `${m.key} actor`).toBe(true);
      expect(allianceKeys.has(m.alliance), `${m.key} alliance`).toBe(true);
    }
    for (const o of data.offices) {
      expect(actorKeys.has(o.owner), `${o.key} owner`).toBe(true);
      expect(actorKeys.has(o.host), `${o.key} host`).toBe(true);
    }
    for (const r of data['sanction-regimes']) {
      expect(actorKeys.has(r.imposer), `${r.key} imposer`).toBe(true);
      expect(actorKeys.has(r.target), `${r.key} target`).toBe(true);
      if (r.respondsTo !== undefined) expect(regimeKeys.has(r.respondsTo), `${r.key} respondsTo`).toBe(true);
    }
    for (const p of data['sanction-packages']) expect(regimeKeys.has(p.regime), `${p.key} regime`).toBe(true);
  });

  it('links statements and events to actors and topics that exist', () => {
    for (const s of data.statements) {
      expect(actorKeys.has(s.speaker), `${s.key} speaker`).toBe(true);
      for (const t of s.targets) expect(actorKeys.has(t), `${s.key} target ${t}`).toBe(true);
      for (const t of s.topics) expect(topicKeys.has(t), `${s.key} topic ${t}`).toBe(true);
    }
    for (const e of data.events) {
      for (const a of e.actors) expect(actorKeys.has(a), `${e.key} actor ${a}`).toBe(true);
    }
  });

  it('has Russia answering Japan', () => {
    const japan = data['sanction-regimes'].find((r) => r.key === 'japan-on-russia');
    const russia = data['sanction-regimes'].find((r) => r.key === 'russia-on-japan');
    expect(japan).toMatchObject({ imposer: 'japan', target: 'russia' });
    expect(russia).toMatchObject({ imposer: 'russia', target: 'japan', respondsTo: 'japan-on-russia' });
  });
});

describe('seed dataset: the seed article', () => {
  it('cites the article in more than twenty records', () => {
    const fromArticle = allEvidence().filter(({ evidence }) => evidence.source === ARTICLE_SOURCE);
    expect(fromArticle.length).toBeGreaterThan(20);
  });

  it('carries the ambassador statements, each quote within its excerpt, attributed via RIA Novosti', () => {
    expect(data.statements.length).toBeGreaterThanOrEqual(10);
    for (const s of data.statements) {
      expect(s.speaker, s.key).toBe('nikolay-nozdrev');
      expect(s.date, s.key).toBe('2025-05-05');
      expect(s.evidence.source, s.key).toBe(ARTICLE_SOURCE);
      expect(s.evidence.via, s.key).toBe('ria-novosti');
      expect(s.evidence.excerpt, s.key).toBeDefined();
      if (s.quote !== undefined) {
        expect(s.evidence.excerpt?.includes(s.quote), `${s.key} quote within excerpt`).toBe(true);
      }
    }
    const quotes = data.statements.map((s) => s.quote);
    expect(quotes).toContain('sensitive and long-term');
    expect(quotes).toContain('pan-Western solidarity');
  });
});

describe('seed dataset: graded sources and flagged inferences', () => {
  it('grades every source with a reason, and never titles one with a web address', () => {
    for (const s of data.sources) {
      expect(s.reliability, s.key).toMatch(/^[A-F]$/);
      expect(s.reliabilityNote?.length ?? 0, s.key).toBeGreaterThan(20);
      expect(s.outletKind, s.key).not.toBe('OTHER');
      if (s.title !== undefined)
        expect(s.title, s.key).not.toMatch(/[a-z0-9-]+\.(com|jp|ru|org|net|az|it|kw|eu)\b|\//);
    }
  });

  it('grades outlets of one kind alike: every pro-Kremlin aggregator page D, every ministry page A', () => {
    for (const s of data.sources.filter((x) => x.outlet === 'news-pravda.com'))
      expect(s.reliability, s.key).toBe('D');
    for (const s of data.sources.filter((x) => x.outletKind === 'OFFICIAL'))
      expect(s.reliability, s.key).toBe('A');
  });

  it('dates a source only from the source, saying so when the date comes from its address', () => {
    const dated = data.sources.filter((s) => s.publishedAt !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(32);
    expect(data.sources.find((s) => s.key === ARTICLE_SOURCE)?.publishedAt).toBeUndefined();
    for (const s of dated) {
      if (!s.publishedAtBasis?.startsWith('the date in its address')) continue;
      const where = `${s.url ?? ''} ${s.publishedAtBasis}`;
      const forms = ['-', '/', ''].map((sep) => s.publishedAt!.replaceAll('-', sep));
      expect(
        forms.some((f) => where.includes(f)),
        s.key,
      ).toBe(true);
    }
  });

  it('flags or removes what the records said beyond their sources', () => {
    const itpp = data.alliances.find((a) => a.key === 'itpp');
    expect(itpp?.areas).not.toContain('defence industry');
    expect(itpp?.areas).not.toContain('dual-use technologies');
    const palestine = data.events.find((e) => e.key === 'memorials-palestine-excluded');
    expect(palestine?.endDate).toBeUndefined();
    expect(palestine?.evidence.some((e) => e.inference !== undefined)).toBe(true);
    const imagery = data.events.find((e) => e.key === 'japan-ukraine-satellite-imagery');
    expect(imagery?.actors).not.toContain('japan');
    expect(imagery?.actors).toContain('iqps');
  });

  it('grades every piece of evidence', () => {
    for (const { at, evidence } of allEvidence())
      expect(evidence.credibility, at).not.toBe('CANNOT_BE_JUDGED');
  });

  it('leaves no working note in text a page shows', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(data);
    for (const text of texts)
      expect(text).not.toMatch(/facts\.md|DESIGN\.md|designatedEntities|openedOn|seed article/);
  });
});

describe('seed dataset: the CAMEO codebook', () => {
  const book = cameoCodebook();

  it('gives every coded statement and event the Goldstein value of its own code, or a reason', () => {
    const coded = [...data.statements, ...data.events].filter((r) => r.cameoCode !== undefined);
    expect(coded.length).toBeGreaterThan(10);
    for (const r of coded) {
      const entry = book.get(r.cameoCode ?? '');
      expect(entry, `${r.key} code ${r.cameoCode}`).toBeDefined();
      if (r.intensityReason === undefined)
        expect(r.intensity, `${r.key} (${r.cameoCode})`).toBe(entry?.goldstein);
    }
  });

  it('scores threats by their full code, not their root: 130 is -4.4', () => {
    const threats = data.statements.filter((s) => s.cameoCode === '130');
    expect(threats.length).toBeGreaterThan(0);
    for (const s of threats) expect(s.intensity, s.key).toBe(-4.4);
    expect(data.events.find((e) => e.key === 'nato-japan-itpp-agreed')).toMatchObject({
      cameoCode: '057',
      intensity: 8,
    });
    expect(data.events.find((e) => e.key === 'rutte-visit-japan')).toMatchObject({
      cameoCode: '042',
      intensity: 1.9,
    });
  });

  it('codes every package by what it does: sanctions 163, halted talks 164', () => {
    for (const p of data['sanction-packages'])
      expect(book.has(p.cameoCode), `${p.key} ${p.cameoCode}`).toBe(true);
    const japan = data['sanction-packages'].filter((p) => p.regime === 'japan-on-russia');
    expect(japan.every((p) => p.cameoCode === '163')).toBe(true);
    expect(data['sanction-packages'].find((p) => p.key === 'russia-on-japan-2022-03-21')?.cameoCode).toBe(
      '164',
    );
  });
});

describe('seed dataset: figures', () => {
  const regime = data['sanction-regimes'].find((r) => r.key === 'japan-on-russia');
  const figures = (metric: string) => regime?.figures.filter((f) => f.metric === metric) ?? [];

  it("keeps the article's headline figures first, with their bounds, via RIA Novosti", () => {
    expect(figures('packages')[0]).toMatchObject({
      quantity: { value: 25, bound: 'MORE_THAN', text: 'over 25' },
      evidence: { source: ARTICLE_SOURCE, via: 'ria-novosti' },
    });
    expect(figures('individuals')[0]).toMatchObject({
      quantity: { value: 1000, bound: 'MORE_THAN', text: 'more than 1,000' },
      evidence: { source: ARTICLE_SOURCE, via: 'ria-novosti' },
    });
    expect(figures('entities')[0]).toMatchObject({
      quantity: { value: 300, bound: 'MORE_THAN' },
      evidence: { source: ARTICLE_SOURCE, via: 'ria-novosti' },
    });
  });

  it("dates the article's 300 and Izvestia's 800 as two claims by Nozdrev, the earlier first, one bound rule", () => {
    const entities = figures('entities');
    const izvestia = entities.find((f) => f.evidence.source === 'izvestia-1834812');
    const article = entities.find((f) => f.evidence.source === ARTICLE_SOURCE);
    expect(izvestia).toMatchObject({ claimant: 'nikolay-nozdrev', date: '2025-02-07' });
    expect(izvestia?.quantity).toMatchObject({ value: 800, bound: 'MORE_THAN' });
    // Nozdrev said it to Izvestia itself: no outlet between him and the source.
    expect(izvestia?.evidence.via).toBeUndefined();
    expect(article).toMatchObject({ claimant: 'nikolay-nozdrev', date: '2025-05-05' });
    expect(article?.evidence.via).toBe('ria-novosti');
    expect(izvestia!.date < article!.date).toBe(true);
    expect(figures('packages').find((f) => f.evidence.source === 'izvestia-1834812')?.quantity).toMatchObject(
      {
        value: 25,
        bound: 'EXACT',
      },
    );
  });

  it('gives every claim of the shape "more than A x and B y" the same bound on both figures', () => {
    const claims = [
      ...data['sanction-regimes'].flatMap((r) => r.figures),
      ...data['sanction-packages'].flatMap((p) => p.figures),
    ];
    const shaped = claims.filter((c) => /^more than [\d,]+ [a-z ]+ and [\d,]+ /.test(c.quantity.text ?? ''));
    expect(shaped.length).toBeGreaterThanOrEqual(2);
    for (const c of shaped) expect(c.quantity.bound, c.quantity.text).toBe('MORE_THAN');
  });

  it("keeps every source's count of a package as a claim: AP's 29 entities and TASS's 51", () => {
    const pkg = data['sanction-packages'].find((p) => p.key === 'japan-on-russia-2025-01-10');
    const entities = pkg?.figures.filter((f) => f.metric === 'entities') ?? [];
    expect(entities.map((f) => [f.evidence.source, f.quantity.value])).toEqual([
      ['onenewspage-ap', 29],
      ['japan-news-pravda-17984', 51],
    ]);
    expect(pkg?.designatedEntities).toBe(entities[0]?.quantity.value);
  });

  it('records the 1945 bombings with their bounded death tolls', () => {
    const bombings = data.events.find((e) => e.key === 'atomic-bombings-1945');
    expect(bombings).toMatchObject({ date: '1945-08', kind: 'ATTACK' });
    expect(bombings?.actors).toEqual(expect.arrayContaining(['united-states', 'japan']));
    const quantities = bombings?.measurements.map((m) => m.quantity) ?? [];
    expect(quantities).toContainEqual(
      expect.objectContaining({ value: 210000, bound: 'MORE_THAN', text: 'over 210,000' }),
    );
    expect(quantities).toContainEqual(expect.objectContaining({ value: 140000, bound: 'ABOUT' }));
    expect(quantities).toContainEqual(expect.objectContaining({ value: 73884, bound: 'EXACT' }));
  });

  it("dates Russia's counter-measures and counts their entry bans", () => {
    const counts = data['sanction-packages']
      .filter((p) => p.regime === 'russia-on-japan')
      .map((p) => p.designatedIndividuals);
    expect(counts).toEqual(expect.arrayContaining([63, 384, 30]));
  });
});
