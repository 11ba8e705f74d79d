import type { RgbaImage } from '../png';

/**
 * Draws the Protocol Guard mark: a shield with a tick. Shapes are described in a
 * unit square and sampled 4x4 per pixel, so every size is anti-aliased from the
 * same geometry rather than scaled from one bitmap.
 */
export type Rgba = [number, number, number, number];

type Point = [number, number];

/** The shield: flat top, straight sides, curved to a point at the bottom. */
function shieldOutline(): Point[] {
  const points: Point[] = [
    [0.2, 0.14],
    [0.5, 0.08],
    [0.8, 0.14],
    [0.8, 0.48],
  ];
  // Right curve to the bottom point, then the left curve back up (quadratic Béziers).
  const curve = (from: Point, control: Point, to: Point) => {
    for (let i = 1; i <= 12; i++) {
      const t = i / 12;
      const a = (1 - t) * (1 - t);
      const b = 2 * (1 - t) * t;
      const c = t * t;
      points.push([a * from[0] + b * control[0] + c * to[0], a * from[1] + b * control[1] + c * to[1]]);
    }
  };
  curve([0.8, 0.48], [0.78, 0.78], [0.5, 0.92]);
  curve([0.5, 0.92], [0.22, 0.78], [0.2, 0.48]);
  return points;
}

const SHIELD = shieldOutline();
const TICK: Point[] = [
  [0.34, 0.5],
  [0.46, 0.62],
  [0.67, 0.36],
];
const TICK_HALF_WIDTH = 0.055;

function insidePolygon([x, y]: Point, polygon: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onTick(p: Point): boolean {
  for (let i = 0; i + 1 < TICK.length; i++) if (distanceToSegment(p, TICK[i], TICK[i + 1]) <= TICK_HALF_WIDTH) return true;
  return false;
}

export interface IconColours {
  background: Rgba;
  shield: Rgba;
  tick: Rgba;
}

/** Renders the mark at `size` pixels; `inset` shrinks it inside the square (0 = edge to edge). */
export function drawIcon(size: number, colours: IconColours, inset = 0): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size - inset) / (1 - 2 * inset);
          const v = ((y + (sy + 0.5) / samples) / size - inset) / (1 - 2 * inset);
          const p: Point = [u, v];
          const colour = insidePolygon(p, SHIELD) ? (onTick(p) ? colours.tick : colours.shield) : colours.background;
          // Premultiply so transparent edges blend correctly.
          sum[0] += colour[0] * colour[3];
          sum[1] += colour[1] * colour[3];
          sum[2] += colour[2] * colour[3];
          sum[3] += colour[3];
        }
      }
      const alpha = sum[3] / (samples * samples);
      const offset = (y * size + x) * 4;
      pixels[offset] = alpha ? Math.round(sum[0] / sum[3]) : 0;
      pixels[offset + 1] = alpha ? Math.round(sum[1] / sum[3]) : 0;
      pixels[offset + 2] = alpha ? Math.round(sum[2] / sum[3]) : 0;
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return { width: size, height: size, pixels };
}
