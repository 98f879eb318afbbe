/**
 * Graded sources, graded evidence and dated competing claims, read through the API from the
 * seeded database.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { ok, testServer, type Loose } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

describe('the truth of the data', () => {
  it('grades every source, with its kind and a reason, and describes a source whose title is not known', async () => {
    const { sources } = ok(
      await api.query(
        '{ sources { key title titleKnown outlet url publishedAt reliability outletKind reliabilityNote } }',
      ),
    );
    expect(sources.length).toBeGreaterThan(60);
    for (const s of sources) {
      expect(s.reliability, s.key).toMatch(/^[A-F]$/);
      expect(s.reliabilityNote, s.key).toBeTruthy();
      // Never a web address: no scheme, no path, no www host, never the source's own address.
      expect(s.title, s.key).not.toMatch(/\/|^[a-z][a-z0-9+.-]*:|\bwww\./i);
      if (s.url) expect(s.url, s.key).not.toContain(s.title);
      if (!s.titleKnown) expect(s.title, s.key).toBe([s.outlet, s.publishedAt].filter(Boolean).join(', '));
    }
    const tass = sources.find((s: Loose) => s.key === 'tass-1792595');
    expect(tass).toMatchObject({ titleKnown: false, outletKind: 'STATE_MEDIA', reliability: 'C' });
  });

  it("dates Nozdrev's 800 entities (Feb 2025) before his 300 (May 2025), claimant apart from source and via", async () => {
    const { sanctionRegimes } = ok(
      await api.query(`{ sanctionRegimes(filter: { imposer: "japan" }) {
        claims { metric date claimant { key } package { key } quantity { value bound }
          evidence { source { key } via { key } credibility inference } }
      } }`),
    );
    const claims: Loose[] = sanctionRegimes[0].claims;
    const dates = claims.map((c) => c.date);
    expect(dates).toEqual([...dates].sort());
    const entities = claims.filter(
      (c) => c.metric === 'ENTITIES' && c.package === null && c.claimant?.key === 'nikolay-nozdrev',
    );
    expect(entities.map((c) => [c.date, c.quantity.value, c.quantity.bound])).toEqual([
      ['2025-02-07', 800, 'MORE_THAN'],
      ['2025-05-05', 300, 'MORE_THAN'],
    ]);
    expect(entities[0].evidence.via).toBeNull();
    expect(entities[1].evidence).toMatchObject({
      source: { key: 'almayadeen-2025-russia-japan-rift' },
      via: { key: 'ria-novosti' },
    });
    expect(entities.every((c) => c.evidence.inference)).toBe(true);
    // Every source's count of the January 2025 package stands as its own claim.
    const january = claims.filter(
      (c) => c.package?.key === 'japan-on-russia-2025-01-10' && c.metric === 'ENTITIES',
    );
    expect(january.map((c) => c.quantity.value).sort()).toEqual([29, 51]);
  });

  it("keeps a package's competing counts, its own first", async () => {
    const { sanctionRegimes } = ok(
      await api.query(`{ sanctionRegimes(filter: { imposer: "japan" }) {
        packages { key designatedEntities claims { metric headline quantity { value } evidence { source { key } } } }
      } }`),
    );
    const pkg = sanctionRegimes[0].packages.find((p: Loose) => p.key === 'japan-on-russia-2025-01-10');
    const entities = pkg.claims.filter((c: Loose) => c.metric === 'ENTITIES');
    expect(entities.map((c: Loose) => [c.quantity.value, c.headline])).toEqual([
      [29, true],
      [51, false],
    ]);
    expect(pkg.designatedEntities).toBe(29);
  });

  it('grades every piece of evidence and shows an inference where a record says more than its source', async () => {
    const { events } = ok(
      await api.query(
        `{ events(first: 100) { nodes { key actors { key } evidence { credibility inference } } } }`,
      ),
    );
    const imagery = events.nodes.find((e: Loose) => e.key === 'japan-ukraine-satellite-imagery');
    expect(imagery.actors.map((a: Loose) => a.key)).not.toContain('japan');
    expect(imagery.evidence.some((e: Loose) => e.inference)).toBe(true);
    for (const e of events.nodes)
      for (const ev of e.evidence) expect(ev.credibility, e.key).not.toBe('CANNOT_BE_JUDGED');
  });
});
