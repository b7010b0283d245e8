/**
 * Path maths of the balance sparkline (pure; the component draws the SVG).
 * x follows time (or the index when every point has the same time), y the
 * balance, inside a box with padding so the stroke is not clipped.
 * Hand-written: a chart library would outweigh the whole popup.
 */
import type { BalancePoint } from '../../utils/model';

export interface SparklineBox { width: number; height: number; pad: number }

export interface Sparkline {
  /** SVG path data ("" when there is nothing to draw). */
  d: string;
  min: number;
  max: number;
  /** The last point, for a dot at the current balance. */
  end: { x: number; y: number } | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkline(points: readonly BalancePoint[], box: SparklineBox): Sparkline {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { d: '', min: 0, max: 0, end: null };
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    if (p.balance < min) min = p.balance;
    if (p.balance > max) max = p.balance;
  }
  const { width, height, pad } = box;
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const span = last.at - first.at;
  const byTime = span > 0;
  const steps = Math.max(points.length - 1, 1);
  const x = (p: BalancePoint, i: number) => round(pad + innerW * (byTime ? (p.at - first.at) / span : i / steps));
  // A flat series sits in the middle rather than on an edge.
  const y = (p: BalancePoint) => round(max === min ? height / 2 : pad + (innerH * (max - p.balance)) / (max - min));
  if (points.length === 1) {
    const yy = y(first);
    return { d: `M${pad} ${yy}H${width - pad}`, min, max, end: { x: width - pad, y: yy } };
  }
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p, i)} ${y(p)}`).join('');
  return { d, min, max, end: { x: x(last, points.length - 1), y: y(last) } };
}
