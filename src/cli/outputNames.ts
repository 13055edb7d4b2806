// The names of check --out's annotated copies.

import { basename, extname, join } from "node:path";

/**
 * NAME.checked.xlsx in the output folder for each input, in input order; NAME-2.checked.xlsx … when
 * two inputs share a name. Settled before any file is checked, so that the names do not depend on
 * which file finishes first or fails.
 */
export function outputNames(dir: string, files: string[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const stem = basename(file, extname(file));
    let name = `${stem}.checked.xlsx`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}.checked.xlsx`;
    used.add(name.toLowerCase());
    return join(dir, name);
  });
}
