// Whether two paths name the same file, whatever the spelling: relative or absolute, through a
// symbolic link, another letter case on a file system that ignores case, or a hard link.

import { realpath, stat } from "node:fs/promises";

/**
 * What identifies an existing file: its device and inode (`null` when it does not exist). Some
 * file systems (FAT, some network shares on Windows) give every file inode 0; the real path stands
 * in there, compared without case on the systems whose file systems usually ignore it.
 */
export async function fileIdentity(path: string): Promise<string | null> {
  try {
    const s = await stat(path, { bigint: true });
    if (s.ino !== 0n) return `${s.dev}:${s.ino}`;
    const real = await realpath(path);
    return `path:${process.platform === "linux" ? real : real.toLowerCase()}`;
  } catch {
    return null;
  }
}

/** Each input's identity, to look outputs up in (inputs that vanished are left out). */
export async function inputIdentities(inputs: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const input of inputs) {
    const id = await fileIdentity(input);
    if (id !== null && !out.has(id)) out.set(id, input);
  }
  return out;
}

/** The input a path is, by identity; null when it is none (an output that does not exist yet is none). */
export async function inputAt(path: string, inputs: Map<string, string>): Promise<string | null> {
  const id = await fileIdentity(path);
  return id === null ? null : (inputs.get(id) ?? null);
}
