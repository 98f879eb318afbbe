/**
 * What the benchmark asks is drawn from the data it runs on, so that it measures what an
 * analyst meets first (the commonest word, the broadest filter, the busiest pair) and not
 * only the easy cases: the most and a least frequent search word, the stances and the
 * target with the most statements, the narrowest speaker-and-stance filter, the pair of
 * actors with the most statements between them.
 */
import type { Db } from '../../data/store/open';

export interface DataPicks {
  commonWord: { word: string; records: number };
  rareWord: { word: string; records: number };
  /** Stances by number of statements, most first. */
  stances: { stance: string; statements: number }[];
  broadestTarget: { key: string; statements: number };
  narrowest: { speaker: string; stance: string; statements: number };
  heaviestPair: { a: string; b: string; statements: number; latestMonth: string };
}

function words(db: Db) {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_words USING fts5vocab(main, search_index, row)');
  const byFrequency = (order: 'ASC' | 'DESC', minimum: number) =>
    db
      .prepare(
        // Words of letters only, as typed; the rare one at least six letters, so it is a word.
        `SELECT term AS word, doc AS records FROM temp.bench_words
         WHERE term GLOB '[a-z][a-z][a-z]*' AND term NOT GLOB '*[^a-z]*' AND length(term) >= ?
         ORDER BY doc ${order}, term LIMIT 1`,
      )
      .get(minimum) as { word: string; records: number } | undefined;
  const commonWord = byFrequency('DESC', 3);
  const rareWord = byFrequency('ASC', 6);
  if (!commonWord || !rareWord) throw new Error('the search index holds no words');
  return { commonWord, rareWord };
}

export function dataPicks(db: Db): DataPicks {
  const stances = db
    .prepare('SELECT stance, count(*) AS statements FROM statements GROUP BY stance ORDER BY statements DESC')
    .all() as DataPicks['stances'];
  const broadestTarget = db
    .prepare(
      `SELECT a.key, count(*) AS statements FROM statement_targets st JOIN actors a ON a.id = st.actor_id
       GROUP BY st.actor_id ORDER BY statements DESC LIMIT 1`,
    )
    .get() as DataPicks['broadestTarget'] | undefined;
  const narrowest = db
    .prepare(
      `SELECT a.key AS speaker, s.stance, count(*) AS statements FROM statements s JOIN actors a ON a.id = s.speaker_id
       GROUP BY s.speaker_id, s.stance ORDER BY statements, a.key LIMIT 1`,
    )
    .get() as DataPicks['narrowest'] | undefined;
  // A relation's side is an actor with those who speak for it (its affiliates).
  const heaviestPair = db
    .prepare(
      `SELECT sa.key AS a, ta.key AS b, count(*) AS statements FROM statements s
       JOIN actors sp ON sp.id = s.speaker_id
       JOIN actors sa ON sa.id = coalesce(sp.affiliation_id, sp.id)
       JOIN statement_targets st ON st.statement_id = s.id
       JOIN actors ta ON ta.id = st.actor_id
       WHERE ta.id <> sa.id
       GROUP BY sa.id, ta.id ORDER BY statements DESC LIMIT 1`,
    )
    .get() as DataPicks['heaviestPair'] | undefined;
  if (!stances.length || !broadestTarget || !narrowest || !heaviestPair)
    throw new Error('the database holds no statements to draw benchmark cases from');
  // The month of the pair's latest statement: the timeline's drill-down starts there.
  const latest = db
    .prepare(
      `SELECT max(s.date_start) FROM statements s
       JOIN actors sp ON sp.id = s.speaker_id
       JOIN actors sa ON sa.id = coalesce(sp.affiliation_id, sp.id)
       JOIN statement_targets st ON st.statement_id = s.id
       JOIN actors ta ON ta.id = st.actor_id
       WHERE sa.key = ? AND ta.key = ?`,
    )
    .pluck()
    .get(heaviestPair.a, heaviestPair.b) as string;
  return {
    ...words(db),
    stances,
    broadestTarget,
    narrowest,
    heaviestPair: { ...heaviestPair, latestMonth: latest.slice(0, 7) },
  };
}
