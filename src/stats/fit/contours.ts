/**
 * Level lines of a function sampled on a rectangular grid (marching squares with linear interpolation along the
 * cell edges; saddle cells resolved by the cell-centre average). Returns line segments in data coordinates.
 */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** z[iy][ix] on xs × ys. */
export function contourSegments(xs: readonly number[], ys: readonly number[], z: readonly (readonly number[])[], level: number): Segment[] {
  const out: Segment[] = [];
  const lerp = (a: number, b: number, za: number, zb: number) => (za === zb ? 0.5 * (a + b) : a + ((level - za) / (zb - za)) * (b - a));
  for (let j = 0; j + 1 < ys.length; j++) {
    for (let i = 0; i + 1 < xs.length; i++) {
      const z00 = z[j][i];
      const z10 = z[j][i + 1];
      const z11 = z[j + 1][i + 1];
      const z01 = z[j + 1][i];
      if (![z00, z10, z11, z01].every(Number.isFinite)) continue;
      const code = (z00 > level ? 1 : 0) | (z10 > level ? 2 : 0) | (z11 > level ? 4 : 0) | (z01 > level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      // crossing points on the edges: bottom (00–10), right (10–11), top (01–11), left (00–01)
      const bottom = { x: lerp(xs[i], xs[i + 1], z00, z10), y: ys[j] };
      const right = { x: xs[i + 1], y: lerp(ys[j], ys[j + 1], z10, z11) };
      const top = { x: lerp(xs[i], xs[i + 1], z01, z11), y: ys[j + 1] };
      const left = { x: xs[i], y: lerp(ys[j], ys[j + 1], z00, z01) };
      const seg = (a: { x: number; y: number }, b: { x: number; y: number }) => out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      const centreAbove = (z00 + z10 + z11 + z01) / 4 > level;
      switch (code) {
        case 1:
        case 14:
          seg(left, bottom);
          break;
        case 2:
        case 13:
          seg(bottom, right);
          break;
        case 3:
        case 12:
          seg(left, right);
          break;
        case 4:
        case 11:
          seg(right, top);
          break;
        case 6:
        case 9:
          seg(bottom, top);
          break;
        case 7:
        case 8:
          seg(left, top);
          break;
        case 5:
          if (centreAbove) {
            seg(left, top);
            seg(bottom, right);
          } else {
            seg(left, bottom);
            seg(right, top);
          }
          break;
        case 10:
          if (centreAbove) {
            seg(left, bottom);
            seg(right, top);
          } else {
            seg(left, top);
            seg(bottom, right);
          }
          break;
      }
    }
  }
  return out;
}
