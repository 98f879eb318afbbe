/**
 * A held statement read back in the dataset's own shape (keys, not ids), so that a correction
 * can merge the analyst's changes into it and write the result through the same writer and
 * rules as a new statement.
 */
import { all, get, type Gen } from './steps';

export interface HeldStatement {
  id: number;
  key: string;
  speaker: string;
  targets: string[];
  date: string;
  quote?: string;
  summary: string;
  stance: string;
  intensity: number;
  cameoCode?: string;
  topics: string[];
  verification: string;
  evidence: {
    source: string;
    excerpt?: string;
    note?: string;
    via?: string;
    credibility: string;
    inference?: string;
  };
}

/** SQL NULL as an absent field, the way the dataset files leave it out. */
const present = <T>(value: T | null): T | undefined => value ?? undefined;

/** The statement `key` names as held, read as a step of the write that corrects it (./steps.ts). */
export function* heldStatement(key: string): Gen<HeldStatement | undefined> {
  const row = yield* get<
    Omit<HeldStatement, 'targets' | 'topics' | 'evidence' | 'quote' | 'cameoCode'> & {
      quote: string | null;
      cameoCode: string | null;
    }
  >(
    `SELECT s.id, s.key, a.key AS speaker, s.date, s.quote, s.summary, s.stance, s.intensity,
       s.cameo_code AS cameoCode, s.verification
     FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE s.key = ?`,
    [key],
  );
  if (!row) return undefined;
  const targets = yield* all<{ key: string }>(
    `SELECT a.key FROM statement_targets st JOIN actors a ON a.id = st.actor_id
     WHERE st.statement_id = ? ORDER BY st.position`,
    [row.id],
  );
  const topics = yield* all<{ key: string }>(
    `SELECT t.key FROM statement_topics sp JOIN topics t ON t.id = sp.topic_id
     WHERE sp.statement_id = ? ORDER BY sp.position`,
    [row.id],
  );
  const evidence = (yield* get<Record<keyof HeldStatement['evidence'], string | null>>(
    `SELECT so.key AS source, e.excerpt, e.note, v.key AS via, e.credibility, e.inference
     FROM evidence e JOIN sources so ON so.id = e.source_id LEFT JOIN actors v ON v.id = e.via_id
     WHERE e.record_type = 'Statement' AND e.record_id = ? ORDER BY e.position LIMIT 1`,
    [row.id],
  ))!;
  return {
    ...row,
    quote: present(row.quote),
    cameoCode: present(row.cameoCode),
    targets: targets.map((t) => t.key),
    topics: topics.map((t) => t.key),
    evidence: {
      source: evidence.source!,
      excerpt: present(evidence.excerpt),
      note: present(evidence.note),
      via: present(evidence.via),
      credibility: evidence.credibility!,
      inference: present(evidence.inference),
    },
  };
}
