// Levenshtein distance with an early exit once the bound is passed.

export function editDistance(a: string, b: string, bound = Infinity): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > bound) return bound + 1;
  let prev = new Array<number>(y.length + 1);
  let cur = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > bound) return bound + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

// A negation turns a word into its opposite (着手 → 未着手): never a fix, however near.
const NEGATIONS = new Set("未不非無");
const negations = (s: string) => Array.from(s).filter((ch) => NEGATIONS.has(ch)).length;

/**
 * Nearest candidates: a fix when exactly one is at distance 1 and it neither adds nor removes a
 * negation (未 不 非 無); else up to three within distance 2 as suggestions.
 */
export function nearest(
  value: string,
  candidates: Iterable<string>,
  key: (s: string) => string = (s) => s,
): { fix?: string; suggestions: string[] } {
  const v = key(value);
  if (Array.from(v).length < 2) return { suggestions: [] };
  const scored: { word: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) continue;
    seen.add(c);
    const d = editDistance(v, key(c), 2);
    if (d > 0 && d <= 2) scored.push({ word: c, d });
  }
  scored.sort((p, q) => p.d - q.d || p.word.localeCompare(q.word));
  const ones = scored.filter((s) => s.d === 1);
  return {
    fix: ones.length === 1 && negations(key(ones[0].word)) === negations(v) ? ones[0].word : undefined,
    suggestions: scored.slice(0, 3).map((s) => s.word),
  };
}
