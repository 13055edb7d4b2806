// Readings of cell texts cached while one sheet is analysed. A plan sheet repeats its headers,
// statuses and departments on every row, so each distinct text is read once; the caches are
// emptied when the sheet's analysis ends, so a process checking many workbooks neither keeps
// every text it has seen nor finds its caches full of another workbook's texts.

const caches: Map<unknown, unknown>[] = [];

/** A cache emptied by `clearSheetCaches`. */
export function sheetCache<K, V>(): Map<K, V> {
  const cache = new Map<K, V>();
  caches.push(cache as Map<unknown, unknown>);
  return cache;
}

/** Empties every sheet cache (at the end of a sheet's analysis). */
export function clearSheetCaches(): void {
  for (const cache of caches) cache.clear();
}
