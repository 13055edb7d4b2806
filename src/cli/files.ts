// Expands the command line's files and folders into the workbooks to check.

import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Lang } from "../core/messages";

export interface Expanded {
  /** Files to read, named on the command line or found in a folder. */
  files: { path: string }[];
  problems: { path: string; message: string }[];
}

/** Annotated copies this tool wrote earlier: not inputs when a folder is checked again. */
export function isOwnOutput(name: string): boolean {
  return name.toLowerCase().endsWith(".checked.xlsx");
}

/**
 * Files as given; folders give their .xlsx files (sorted, recursively), skipping Excel's ~$ lock
 * files and the .checked.xlsx copies this tool writes (its summary workbooks are told by their
 * content when read: ownOutput.ts).
 */
export async function expandPaths(paths: string[], lang: Lang = "ja"): Promise<Expanded> {
  const files: Expanded["files"] = [];
  const problems: Expanded["problems"] = [];
  for (const p of paths) {
    let s;
    try {
      s = await stat(p);
    } catch {
      problems.push({
        path: p,
        message:
          lang === "ja"
            ? "ファイルまたはフォルダが見つかりません — パスを確認してください"
            : "no such file or folder — check the path",
      });
      continue;
    }
    if (!s.isDirectory()) {
      files.push({ path: p });
      continue;
    }
    const found = await workbooksIn(p);
    if (found.length === 0) {
      problems.push({
        path: p,
        message:
          lang === "ja"
            ? "フォルダに .xlsx ファイルがありません — ブックのあるフォルダを指定してください"
            : "the folder holds no .xlsx file — give a folder with workbooks",
      });
    }
    files.push(...found.map((f) => ({ path: f })));
  }
  return { files, problems };
}

async function workbooksIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await workbooksIn(p)));
    else if (
      extname(entry.name).toLowerCase() === ".xlsx" &&
      !entry.name.startsWith("~$") &&
      !isOwnOutput(entry.name)
    )
      out.push(p);
  }
  return out;
}
