'use client';

import { useEffect, useState } from 'react';
import type { SourceReliability } from '@/graphql/__generated__/client/graphql';

const STORAGE_KEY = 'faultline:min-grade';
const CHOICES: { value: '' | SourceReliability; label: string }[] = [
  { value: '', label: 'All grades' },
  { value: 'A', label: 'A only' },
  { value: 'B', label: 'A–B' },
  { value: 'C', label: 'A–C' },
  { value: 'D', label: 'A–D' },
  { value: 'E', label: 'A–E' },
];

/**
 * Folds citations whose source is graded below the reader's choice, on every page: the choice
 * sits on <html data-min-grade> and globals.css folds what carries a worse data-reliability to
 * a note naming its grade.
 * Remembered in this browser; without scripts every claim shows.
 */
export function GradeFilter() {
  const [grade, setGrade] = useState<'' | SourceReliability>('');
  useEffect(() => {
    const saved = window.localStorage.getItem(STORAGE_KEY) ?? '';
    if (CHOICES.some((c) => c.value === saved)) setGrade(saved as '' | SourceReliability);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (grade) root.dataset.minGrade = grade;
    else delete root.dataset.minGrade;
    window.localStorage.setItem(STORAGE_KEY, grade);
  }, [grade]);
  return (
    <div className="grade-filter">
      <label>
        Sources shown{' '}
        <select value={grade} onChange={(e) => setGrade(e.target.value as '' | SourceReliability)}>
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {/* The choice folds citations only: said on every page, since it outlives the visit. */}
      <p role="status" className="grade-filter-note">
        {grade &&
          `Citations graded below ${grade} are folded. The records they back, every count and the index still include them.`}
      </p>
    </div>
  );
}
