/**
 * A network of actors and alliances and the ties between them, drawn as plain SVG on the
 * server: no script, no measuring, the same picture on every render. Nodes sit on a circle in
 * the order given; ties are straight, or bowed apart when a pair has several; a tie's weight
 * is written on it and sets its width. Every node is a link, so Tab walks the nodes.
 * Presentational: nodes and ties in, SVG out; the caller supplies the table of the same ties.
 */
import styles from './network-graph.module.css';

/** Tie kinds: their legend label and how they are drawn, in one place. */
export const networkGraphConfig = {
  ties: {
    HOSTILE_RECORDS: {
      label: 'Records between the two, most of them hostile (number of records)',
      color: '#a2361f',
      dash: '',
    },
    RECORDS: {
      label: 'Records between the two, most not hostile (number of records)',
      color: '#4a5568',
      dash: '',
    },
    MEMBERSHIP: { label: 'Member or partner (in effect)', color: '#2b6cb0', dash: '' },
    INTENDED_MEMBERSHIP: { label: 'Membership intended or not in effect', color: '#2b6cb0', dash: '2 5' },
    LEAD: { label: 'Leads the alliance or programme', color: '#2b6cb0', dash: '8 5' },
  },
  width: 760,
  height: 560,
  /** Room left around the circle for the node labels. */
  margin: 150,
  nodeRadius: 14,
  /** How far apart the ties of one pair bow, in SVG units. */
  bow: 34,
  /** Stroke widths of the lightest and the heaviest tie. */
  thinnest: 1.5,
  thickest: 9,
} as const;

export type TieKind = keyof typeof networkGraphConfig.ties;
export const TIE_KINDS = Object.keys(networkGraphConfig.ties) as TieKind[];

export interface NetworkNode {
  id: string;
  label: string;
  /** Actors are drawn as circles, alliances (and the like) as squares. */
  shape: 'circle' | 'square';
  /** Where the node's link goes: the actor's or the alliance's page. */
  href: string;
  /** The link's accessible name: "NATO, actor". */
  name: string;
}

export interface NetworkTie {
  from: string;
  to: string;
  kind: TieKind;
  /** Says what the tie is, for its tooltip: "Japan: partner of the ITPP". */
  label: string;
  /** The tie's weight, written on it and setting its width: how many records it stands for. */
  count?: number;
}

interface Point {
  x: number;
  y: number;
}

/** Where each node sits: evenly on a circle, the first at the top, clockwise. */
export function circleLayout(ids: readonly string[]): Map<string, Point & { angle: number }> {
  const { width, height, margin } = networkGraphConfig;
  const radius = Math.min(width, height) / 2 - margin / 2 - 10;
  const positions = new Map<string, Point & { angle: number }>();
  ids.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
    positions.set(id, {
      x: round(width / 2 + radius * Math.cos(angle)),
      y: round(height / 2 + radius * Math.sin(angle)),
      angle,
    });
  });
  return positions;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The path of one tie: bowed by `offset` to the side, ends pulled back to the node edges. */
function tiePath(a: Point, b: Point, offset: number): { d: string; mid: Point } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  // Perpendicular, scaled to the offset: the control point of the curve.
  const c = { x: (a.x + b.x) / 2 - (dy / length) * offset, y: (a.y + b.y) / 2 + (dx / length) * offset };
  const r = networkGraphConfig.nodeRadius + 3;
  const pull = (p: Point, toward: Point): Point => {
    const ux = toward.x - p.x;
    const uy = toward.y - p.y;
    const l = Math.hypot(ux, uy) || 1;
    return { x: round(p.x + (ux / l) * r), y: round(p.y + (uy / l) * r) };
  };
  const start = pull(a, c);
  const end = pull(b, c);
  const mid = { x: round((start.x + 2 * c.x + end.x) / 4), y: round((start.y + 2 * c.y + end.y) / 4) };
  return { d: `M${start.x},${start.y} Q${round(c.x)},${round(c.y)} ${end.x},${end.y}`, mid };
}

/** Stroke width by weight: ties without a count are thin, the heaviest the thickest. */
function strokeWidth(count: number | undefined, heaviest: number): number {
  const { thinnest, thickest } = networkGraphConfig;
  if (count === undefined || heaviest <= 0) return 2;
  return round(thinnest + ((thickest - thinnest) * Math.sqrt(count)) / Math.sqrt(heaviest));
}

export function NetworkGraph(props: {
  /** Prefix for element ids (title, description), unique on the page. */
  id: string;
  title: string;
  description: string;
  nodes: readonly NetworkNode[];
  ties: readonly NetworkTie[];
}) {
  const { id, title, description, nodes, ties } = props;
  const { width, height, nodeRadius, bow } = networkGraphConfig;
  const positions = circleLayout(nodes.map((n) => n.id));
  const heaviest = Math.max(0, ...ties.map((t) => t.count ?? 0));

  // Ties of one pair are spread around the straight line between them.
  const pairs = new Map<string, number>();
  for (const t of ties) {
    const key = [t.from, t.to].sort().join('\u0000');
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const drawn = ties.flatMap((tie, i) => {
    const a = positions.get(tie.from);
    const b = positions.get(tie.to);
    if (!a || !b) return [];
    const key = [tie.from, tie.to].sort().join('\u0000');
    const k = pairs.get(key) ?? 1;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    const sign = tie.from < tie.to ? 1 : -1;
    const offset = (index - (k - 1) / 2) * bow * sign;
    return [{ tie, i, ...tiePath(a, b, offset) }];
  });

  return (
    <div className={styles.graph}>
      {/* A group, not an image: its nodes are links a keyboard and a screen reader reach. */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className={styles.svg}
        data-part="network"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g data-part="ties" aria-hidden="true">
          {drawn.map(({ tie, i, d }) => {
            const style = networkGraphConfig.ties[tie.kind];
            return (
              <path
                key={i}
                d={d}
                fill="none"
                stroke={style.color}
                strokeWidth={strokeWidth(tie.count, heaviest)}
                strokeDasharray={style.dash || undefined}
                strokeLinecap="round"
              >
                <title>{tie.label}</title>
              </path>
            );
          })}
        </g>
        <g aria-hidden="true">
          {drawn
            .filter(({ tie }) => tie.count !== undefined)
            .map(({ tie, i, mid }) => (
              <text
                key={i}
                x={mid.x}
                y={mid.y}
                className={styles.count}
                data-part="tie-weight"
                textAnchor="middle"
                dy="5"
              >
                {tie.count}
              </text>
            ))}
        </g>
        <g>
          {nodes.map((node) => {
            const p = positions.get(node.id);
            if (!p) return null;
            const cos = Math.cos(p.angle);
            const sin = Math.sin(p.angle);
            const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
            const lx = round(p.x + cos * (nodeRadius + 8));
            const ly = round(p.y + sin * (nodeRadius + 8) + (sin > 0.3 ? 10 : sin < -0.3 ? -2 : 5));
            return (
              <a key={node.id} href={node.href} aria-label={node.name} className={styles.node}>
                {node.shape === 'circle' ? (
                  <circle cx={p.x} cy={p.y} r={nodeRadius} />
                ) : (
                  <rect
                    x={p.x - nodeRadius}
                    y={p.y - nodeRadius}
                    width={nodeRadius * 2}
                    height={nodeRadius * 2}
                    rx="3"
                  />
                )}
                <text x={lx} y={ly} textAnchor={anchor} className={styles.label}>
                  {node.label}
                </text>
              </a>
            );
          })}
        </g>
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {TIE_KINDS.map((kind) => {
          const style = networkGraphConfig.ties[kind];
          return (
            <li key={kind}>
              <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                <line
                  x1="1"
                  y1="6"
                  x2="35"
                  y2="6"
                  stroke={style.color}
                  strokeWidth={3}
                  strokeDasharray={style.dash || undefined}
                />
              </svg>
              {style.label}
            </li>
          );
        })}
        <li>
          <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="6" className={styles.legendNode} />
            <rect x="22" y="1" width="12" height="12" rx="2" className={styles.legendNode} />
          </svg>
          Actor (circle), alliance or programme (square); each a link
        </li>
      </ul>
    </div>
  );
}
