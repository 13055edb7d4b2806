// Expands the command line's files and folders into the workbooks to check.

import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

export interface Expanded {
  files: string[];
  problems: { path: string; message: string }[];
}

/** Files as given; folders give their .xlsx files (sorted, recursively), skipping Excel's ~$ lock files. */
export async function expandPaths(paths: string[]): Promise<Expanded> {
  const files: string[] = [];
  const problems: Expanded["problems"] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      problems.push({
        path: p,
        message: "ファイルまたはフォルダが見つかりません / not found: check the path",
      });
      continue;
    }
    if (s.isDirectory()) files.push(...(await workbooksIn(p)));
    else files.push(p);
  }
  return { files, problems };
}

async function workbooksIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await workbooksIn(p)));
    else if (extname(entry.name).toLowerCase() === ".xlsx" && !entry.name.startsWith("~$")) out.push(p);
  }
  return out;
}
