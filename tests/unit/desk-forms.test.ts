/**
 * The desk forms' own checks (what the API's types would refuse before its rules run), where the
 * API's user errors are shown, and the excerpt an accepted intake proposal is stored with.
 */
import { describe, expect, it } from 'vitest';
import { placeErrors } from '../../app/desk/form-state';
import { quoteSentence } from '../../app/desk/intake/quote-sentence';
import { STATEMENT_ERROR_FIELDS, statementInput, statementTypeErrors } from '../../app/desk/statement-input';

const valid = {
  speakerKey: 'nikolay-nozdrev',
  targetKeys: 'japan, nato',
  date: '2025-06-02',
  quote: '',
  summary: 'A summary.',
  stance: 'CRITICAL',
  intensity: '-2.5',
  sourceKey: 'almayadeen-2025-russia-japan-rift',
  excerpt: 'Words.',
  note: '',
};

describe('statement form', () => {
  it('passes a complete form as the API input, lists split at commas, empty text as null', () => {
    expect(statementTypeErrors(valid)).toEqual({});
    expect(statementInput(valid)).toEqual({
      speakerKey: 'nikolay-nozdrev',
      targetKeys: ['japan', 'nato'],
      date: '2025-06-02',
      quote: null,
      summary: 'A summary.',
      stance: 'CRITICAL',
      intensity: -2.5,
      evidence: { sourceKey: 'almayadeen-2025-russia-japan-rift', excerpt: 'Words.', note: null },
    });
  });

  it('names each field the API’s types would refuse', () => {
    const errors = statementTypeErrors({
      ...valid,
      date: '2025-13',
      stance: 'ANGRY',
      intensity: 'very',
      speakerKey: '',
    });
    expect(Object.keys(errors).sort()).toEqual(['date', 'intensity', 'speakerKey', 'stance']);
    expect(errors.date).toContain('month 13');
    expect(errors.intensity).toContain('"very" is not an intensity');
  });

  it('takes an intensity only as a plain decimal from -10 to +10', () => {
    for (const intensity of ['0x10', '1e1', 'Infinity', '10.5', '-11', '5.', '.5', ' 5'])
      expect(statementTypeErrors({ ...valid, intensity }).intensity, intensity).toContain(
        'is not an intensity',
      );
    for (const intensity of ['10', '-10', '+2.5', '0', '-0.25'])
      expect(statementTypeErrors({ ...valid, intensity }), intensity).toEqual({});
  });

  it('shows an error about the evidence’s note beside its own Note field', () => {
    const state = placeErrors(
      [{ field: ['input', 'evidence', 'note'], message: 'must be at most 5000 characters' }],
      STATEMENT_ERROR_FIELDS,
      valid,
    );
    expect(state.errors).toEqual({ note: 'must be at most 5000 characters' });
    expect(state.formError).toBeNull();
    expect(statementInput({ ...valid, excerpt: '', note: 'In my words.' }).evidence).toEqual({
      sourceKey: 'almayadeen-2025-russia-japan-rift',
      excerpt: null,
      note: 'In my words.',
    });
  });

  it('puts the API’s user errors beside their fields, and the rest above the form', () => {
    const state = placeErrors(
      [
        { field: ['input', 'evidence', 'sourceKey'], message: 'no such source' },
        { field: ['input', 'quote'], message: 'not in the excerpt' },
        { field: ['input', 'cameoCode'], message: 'bad code' },
        { field: null, message: 'signed out' },
      ],
      STATEMENT_ERROR_FIELDS,
      valid,
    );
    expect(state.errors).toEqual({ sourceKey: 'no such source', quote: 'not in the excerpt' });
    expect(state.formError).toBe('bad code signed out');
    expect(state.values).toBe(valid);
  });
});

describe('an accepted proposal’s excerpt', () => {
  it('is the sentence, or sentences, holding the quote, verbatim', () => {
    const text = 'MOSCOW, April 13. First line here. "We are ready. We will wait," he said. Then more.';
    const offset = text.indexOf('We are ready');
    const quote = 'We are ready. We will wait';
    const excerpt = quoteSentence(text, offset, quote.length);
    expect(excerpt).toBe('"We are ready. We will wait," he said.');
    expect(excerpt).toContain(quote);
    expect(text).toContain(excerpt);
  });
});
