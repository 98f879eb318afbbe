/** How a figure in a source is bounded: "over 25" is MORE_THAN 25. Mirrors the API's Bound. */
export const BOUNDS = ['EXACT', 'ABOUT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'LESS_THAN'] as const;
export type BoundValue = (typeof BOUNDS)[number];

export interface QuantityValue {
  value: number;
  bound: BoundValue;
  unit: string;
  text: string | null;
}

const BOUND_PREFIX: Record<BoundValue, string> = {
  EXACT: '',
  ABOUT: '~',
  AT_LEAST: '≥',
  MORE_THAN: '>',
  AT_MOST: '≤',
  LESS_THAN: '<',
};

/** The bound in words, so "25+" is never read as exactly 25. */
export const BOUND_WORDS: Record<BoundValue, string> = {
  EXACT: 'exactly',
  ABOUT: 'about',
  AT_LEAST: 'at least',
  MORE_THAN: 'more than',
  AT_MOST: 'at most',
  LESS_THAN: 'fewer than',
};

/** A figure in words with its bound: MORE_THAN 210000 is "more than 210,000". */
export function quantityInWords(q: Pick<QuantityValue, 'value' | 'bound'>): string {
  return `${BOUND_WORDS[q.bound]} ${q.value.toLocaleString('en-US')}`;
}

/** A compact label that keeps the bound: MORE_THAN 25 is "25+", ABOUT 74000 is "~74,000". */
export function formatQuantity(q: Pick<QuantityValue, 'value' | 'bound'>): string {
  const number = q.value.toLocaleString('en-US');
  if (q.bound === 'MORE_THAN' || q.bound === 'AT_LEAST') return `${number}+`;
  return `${BOUND_PREFIX[q.bound]}${number}`;
}
