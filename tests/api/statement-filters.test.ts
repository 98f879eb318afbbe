import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteService } from '../../data/ingest/api-writes';
import { environmentAnalyst, freshDatabase } from '../helpers/db';
import { errorText, ok, testServer } from '../helpers/graphql';

const { db } = freshDatabase();
const api = testServer(db);
afterAll(() => api.stop());

// Every seeded statement is Nozdrev's, of 2025-05-05. Three more, written through the
// write service (auth is tested elsewhere), give the filters other speakers and dates.
const writes = createWriteService(db);
const evidence = { sourceKey: 'almayadeen-2025-russia-japan-rift', note: 'Test record.' };
const extra = {
  rutte: {
    speakerKey: 'mark-rutte',
    targetKeys: ['russia'],
    date: '2025-04-30',
    stance: 'CRITICAL',
    intensity: -2,
  },
  japanApril: {
    speakerKey: 'japan',
    targetKeys: ['russia'],
    date: '2025-04',
    stance: 'CONCILIATORY',
    intensity: 3,
  },
  japan2024: { speakerKey: 'japan', targetKeys: ['russia'], date: '2024', stance: 'NEUTRAL', intensity: 0 },
};
const added: Record<string, string> = {};
beforeAll(async () => {
  for (const [name, input] of Object.entries(extra)) {
    const result = await writes.addStatement(await environmentAnalyst(db), {
      ...input,
      summary: `Filter test statement ${name}.`,
      topicKeys: ['sanctions'],
      evidence,
    });
    if (result.key === null) throw new Error(JSON.stringify(result.problems));
    added[name] = result.key;
  }
});

async function keysOf(filter: Record<string, unknown>): Promise<string[]> {
  const query =
    'query($f: StatementFilter) { statements(filter: $f, first: 100) { totalCount nodes { key } } }';
  const { statements } = ok(await api.query(query, { f: filter }));
  expect(statements.nodes).toHaveLength(statements.totalCount);
  return statements.nodes.map((s: { key: string }) => s.key).sort();
}

describe('StatementFilter', () => {
  it('speakers: statements by any of the actors', async () => {
    expect(await keysOf({ speakers: ['japan'] })).toEqual([added.japanApril, added.japan2024].sort());
    expect(await keysOf({ speakers: ['japan', 'mark-rutte'] })).toHaveLength(3);
    expect(await keysOf({ speakers: ['nikolay-nozdrev'] })).toHaveLength(12);
    expect(await keysOf({ speakers: ['atlantis'] })).toEqual([]);
  });

  it('includeAffiliated: a speaker takes in those who speak for it, one step', async () => {
    // Every seeded statement is by Nozdrev, Russia's ambassador; Russia itself says none.
    const nozdrev = await keysOf({ speakers: ['nikolay-nozdrev'] });
    expect(await keysOf({ speakers: ['russia'] })).toEqual([]);
    expect(await keysOf({ speakers: ['russia'], includeAffiliated: false })).toEqual([]);
    expect(await keysOf({ speakers: ['russia'], includeAffiliated: true })).toEqual(nozdrev);
    // Rutte speaks for NATO; Japan's own statements stay Japan's, and its cities say nothing.
    expect(await keysOf({ speakers: ['nato'], includeAffiliated: true })).toEqual([added.rutte]);
    expect(await keysOf({ speakers: ['japan', 'nato'], includeAffiliated: true })).toEqual(
      [added.rutte, added.japanApril, added.japan2024].sort(),
    );
    // The affiliate does not take in the actor it speaks for.
    expect(await keysOf({ speakers: ['mark-rutte'], includeAffiliated: true })).toEqual([added.rutte]);
    // It widens only the speakers: without them, or with other filters, it changes nothing else.
    expect(await keysOf({ includeAffiliated: true })).toHaveLength(nozdrev.length + 3);
    expect(await keysOf({ speakers: ['russia'], includeAffiliated: true, stances: ['HOSTILE'] })).toEqual([
      'nozdrev-adequate-measures',
      'nozdrev-long-term-consequences',
      'nozdrev-will-not-go-unanswered',
    ]);
  });

  it('targets: statements aimed at any of the actors', async () => {
    expect(await keysOf({ targets: ['nato'] })).toEqual([
      'nozdrev-nato-strategic-pivot',
      'nozdrev-rutte-visit-defence-cooperation',
    ]);
    expect(await keysOf({ targets: ['russia'] })).toHaveLength(3);
    expect(await keysOf({ targets: ['japan', 'russia'] })).toHaveLength(15);
  });

  it('topics: statements tagged with any of the topics', async () => {
    expect(await keysOf({ topics: ['aviation'] })).toEqual(['nozdrev-flights-political-will']);
    expect(await keysOf({ topics: ['aviation', 'memorials'] })).toEqual([
      'nozdrev-flights-political-will',
      'nozdrev-no-memorial-notifications',
    ]);
  });

  it('stances: statements with any of the stances', async () => {
    expect(await keysOf({ stances: ['HOSTILE'] })).toEqual([
      'nozdrev-adequate-measures',
      'nozdrev-long-term-consequences',
      'nozdrev-will-not-go-unanswered',
    ]);
    expect(await keysOf({ stances: ['NEUTRAL', 'CONCILIATORY'] })).toEqual(
      [added.japanApril, added.japan2024, 'nozdrev-no-memorial-notifications'].sort(),
    );
  });

  it('text: every word, case-insensitive, the last as a prefix; operators are plain words', async () => {
    expect(await keysOf({ text: 'adequate MEASURES' })).toEqual(['nozdrev-adequate-measures']);
    expect(await keysOf({ text: 'satellite intell' })).toEqual([
      'nozdrev-nsatu-satellite-escalation',
      'nozdrev-will-not-go-unanswered',
    ]);
    expect(await keysOf({ text: 'satellite escal' })).toEqual(['nozdrev-nsatu-satellite-escalation']);
    expect(await keysOf({ text: 'satel escalation' })).toEqual([]);
    expect(await keysOf({ text: '"pan-Western' })).toEqual(['nozdrev-pan-western-solidarity']);
    expect(await keysOf({ text: 'Japan NEAR( OR' })).toEqual([]);
  });

  it('combines fields with AND', async () => {
    const filter = {
      speakers: ['nikolay-nozdrev'],
      stances: ['HOSTILE'],
      topics: ['ukraine-war'],
      targets: ['japan'],
    };
    expect(await keysOf(filter)).toEqual([
      'nozdrev-long-term-consequences',
      'nozdrev-will-not-go-unanswered',
    ]);
    expect(await keysOf({ ...filter, from: '2025-05-06' })).toEqual([]);
  });
});

describe('partial dates in filters name intervals', () => {
  it('from: "2025" includes 2025-05-05 and the month 2025-04, not the year 2024', async () => {
    const keys = await keysOf({ from: '2025' });
    expect(keys).toHaveLength(14);
    expect(keys).toContain('nozdrev-adequate-measures');
    expect(keys).toContain(added.japanApril);
    expect(keys).not.toContain(added.japan2024);
  });

  it('to: "2025-04" includes 2025-04-30 and excludes 2025-05-05', async () => {
    expect(await keysOf({ to: '2025-04' })).toEqual([added.rutte, added.japanApril, added.japan2024].sort());
  });

  it('a record dated by month or year matches when any day it names is in range', async () => {
    // "2025-04" has days on and after 2025-04-15 and on or before it; 2025-04-30 is only after.
    expect(await keysOf({ from: '2025-04-15', to: '2025-04-15' })).toEqual([added.japanApril]);
    expect(await keysOf({ from: '2024-06-01', to: '2024-06-01' })).toEqual([added.japan2024]);
    expect(await keysOf({ from: '2025-04-30', to: '2025-04-30' })).toEqual(
      [added.rutte, added.japanApril].sort(),
    );
  });

  it('from after to matches nothing', async () => {
    expect(await keysOf({ from: '2026', to: '2025' })).toEqual([]);
  });

  const invalid: [string, RegExp][] = [
    ['2025-13', /"2025-13": it has month 13; months run 01 to 12/],
    ['2025-02-30', /"2025-02-30": it has day 30; that month has days 01 to 28/],
    ['2024-02-30', /that month has days 01 to 29/],
    ['2025-4', /not a partial date \(expected YYYY, YYYY-MM or YYYY-MM-DD\)/],
    ['25', /not a partial date/],
    ['2025-05-05T00:00:00Z', /not a partial date/],
  ];

  it.each(invalid)('refuses %s, naming the problem', async (date, message) => {
    for (const field of ['from', 'to']) {
      const answer = await api.query('query($f: StatementFilter) { statements(filter: $f) { totalCount } }', {
        f: { [field]: date },
      });
      // A malformed shape and an impossible day alike fail variable coercion: nothing is
      // answered, and the message names the field and the problem.
      expect(answer.data ?? null).toBeNull();
      expect(errorText(answer)).toMatch(message);
    }
    const literal = await api.query(`{ events(filter: { from: "${date}" }) { totalCount } }`);
    expect(errorText(literal)).toMatch(message);
  });
});
