/**
 * /relations?a=russia&b=japan → /relations/russia/japan: the pair picker is a plain GET form,
 * so choosing a pair works without JavaScript. Without both keys, the seed's pair.
 */
const KEY = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const a = params.get('a')?.trim().toLowerCase() ?? '';
  const b = params.get('b')?.trim().toLowerCase() ?? '';
  const period = params.get('period');
  const target =
    KEY.test(a) && KEY.test(b)
      ? `/relations/${a}/${b}${period && /^(QUARTER|YEAR)$/.test(period) ? `?period=${period}` : ''}`
      : '/relations/russia/japan';
  // A relative Location keeps the browser on the origin it asked (the server may see another host).
  return new Response(null, { status: 303, headers: { Location: target } });
}
