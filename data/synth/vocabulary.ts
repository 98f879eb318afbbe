import { cameoCodebook } from '../cameo';

/** Word stock for synthetic names and quotes: plain, neutral, obviously invented. */
export const SYLLABLES = [
  'ka',
  'lo',
  'vi',
  'ren',
  'dar',
  'mo',
  'sel',
  'tan',
  'or',
  'bri',
  'nu',
  'ze',
  'pol',
  'ma',
  'gri',
  'est',
];

export const WORDS = [
  'the',
  'government',
  'will',
  'respond',
  'to',
  'any',
  'measures',
  'taken',
  'against',
  'our',
  'interests',
  'cooperation',
  'security',
  'region',
  'partners',
  'dialogue',
  'sanctions',
  'unacceptable',
  'welcome',
  'agreement',
  'talks',
  'border',
  'trade',
  'escalation',
  'stability',
  'sovereignty',
  'provocation',
  'support',
  'relations',
  'continue',
  'must',
  'stop',
  'open',
  'channels',
  'defence',
  'exercises',
  'energy',
  'supplies',
  'investment',
  'historic',
  'decision',
  'deeply',
  'concerned',
  'firmly',
  'reject',
  'ready',
  'negotiate',
];

export const TOPICS = [
  { key: 'synth-energy', label: 'Energy (synthetic)' },
  { key: 'synth-trade', label: 'Trade (synthetic)' },
  { key: 'synth-borders', label: 'Borders (synthetic)' },
  { key: 'synth-defence', label: 'Defence (synthetic)' },
  { key: 'synth-diplomacy', label: 'Diplomacy (synthetic)' },
];

/** The CAMEO root codes (01-20) with their Goldstein values, from the codebook. */
export const CAMEO_ROOTS: [code: string, goldstein: number][] = [...cameoCodebook().values()]
  .filter((c) => c.code.length === 2)
  .map((c) => [c.code, c.goldstein]);

export function stanceFor(goldstein: number) {
  if (goldstein <= -5) return 'HOSTILE' as const;
  if (goldstein < 0) return 'CRITICAL' as const;
  if (goldstein === 0) return 'NEUTRAL' as const;
  if (goldstein <= 4) return 'SUPPORTIVE' as const;
  return 'CONCILIATORY' as const;
}
