import { formatIntensity } from './format';

/**
 * A record's intensity with its scale in view: "Intensity -2.0 of ±10". The scale's ends are
 * said in full to screen readers and on hover, since a bare "-2.0" means nothing to a reader
 * who has not met the Goldstein scale.
 */
export function IntensityBadge({ value }: { value: number }) {
  const scale = 'Goldstein scale, -10 most conflictual to +10 most cooperative';
  return (
    <span className="badge" title={scale}>
      Intensity {formatIntensity(value)} <span aria-hidden="true">of ±10</span>
      <span className="visually-hidden"> on the {scale}</span>
    </span>
  );
}
