/** "Japan → Russia": a regime named by who imposes it on whom. */
export function regimeName(regime: { imposer: { name: string }; target: { name: string } }): string {
  return `${regime.imposer.name} → ${regime.target.name}`;
}
