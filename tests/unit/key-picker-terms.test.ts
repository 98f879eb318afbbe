/** What the desk's pickers search for as the analyst types, and what a chosen key makes of the field. */
import { describe, expect, it } from 'vitest';
import { termOf, withChoice } from '../../app/desk/key-search';

describe('a picker for one key', () => {
  it('searches the whole text and is replaced by the chosen key', () => {
    expect(termOf('  izvestia ', false)).toBe('izvestia');
    expect(termOf('japan, rus', false)).toBe('japan, rus');
    expect(withChoice('izv', 'izvestia-1881287', false)).toBe('izvestia-1881287');
  });
});

describe('a picker for a comma list of keys', () => {
  it('searches the item being typed, the last one', () => {
    expect(termOf('japan, rus', true)).toBe('rus');
    expect(termOf('japan, ', true)).toBe('');
    expect(termOf('nato', true)).toBe('nato');
  });

  it('puts the chosen key in place of that item, keeps the others, and leaves room for the next', () => {
    expect(withChoice('jap', 'japan', true)).toBe('japan, ');
    expect(withChoice('japan, rus', 'russia', true)).toBe('japan, russia, ');
    expect(withChoice('japan,,  nato ,ru', 'russia', true)).toBe('japan, nato, russia, ');
  });
});
