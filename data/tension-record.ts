/**
 * What the tension index reads from a record: its type, id, first day and Goldstein
 * intensity, and the speaker and source that make statements of one day one act
 * (data/tension-acts.ts). The index owns this shape; the store's query returns rows that satisfy it, so
 * the pure arithmetic in tension.ts and pair-analysis.ts never depends on SQLite.
 */
export interface TensionRecordRow {
  type: 'Statement' | 'Event' | 'SanctionPackage';
  id: number;
  /** As the record gives it, possibly partial. */
  date: string;
  dateStart: string;
  intensity: number;
  /** A statement's speaker; null for events and packages. */
  speakerId?: number | null;
  /** The first source a record's evidence lists, the one it was taken from. */
  sourceId?: number | null;
}

/** A pair's records of one first day, summed: what the index and its timeline read. */
export interface TensionDayRow {
  /** The first day, "YYYY-MM-DD". */
  dateStart: string;
  /** The most precise date among the day's records, as given ("2025-11-11", else "2025-11"). */
  date: string;
  /** The sum of the intensities the day's acts carry (data/tension-acts.ts). */
  counted: number;
  records: number;
  acts: number;
}
