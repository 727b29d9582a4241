/**
 * pyhf orders channels, samples and modifiers with Python's `sorted()`, i.e. by Unicode code point.
 * JavaScript's default string comparison uses UTF-16 code units, which differs for characters outside the
 * Basic Multilingual Plane; this comparator reproduces Python's order exactly.
 */
export function comparePython(a: string, b: string): number {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done) return cb.done ? 0 : -1;
    if (cb.done) return 1;
    const pa = ca.value.codePointAt(0) as number;
    const pb = cb.value.codePointAt(0) as number;
    if (pa !== pb) return pa < pb ? -1 : 1;
  }
}

/** Python's `sorted(set(xs))` for strings. */
export function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort(comparePython);
}
