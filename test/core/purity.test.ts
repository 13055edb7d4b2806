// src/core stays pure TypeScript: no Office.js, DOM, Node built-ins, or the doors' modules.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const CORE = join(__dirname, "..", "..", "src", "core");
const FORBIDDEN_MODULE =
  /^(node:|fs$|path$|os$|child_process$|crypto$|util$|stream$|zlib$|exceljs$|react|@fluentui\/|office)/;
const FORBIDDEN_GLOBAL = /\b(Excel|Office|document|window|process|Buffer)\s*\./;

test.each(files(CORE).map((f) => [f.slice(CORE.length + 1), f]))(
  "%s imports only pure modules",
  (_name, file) => {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
      expect(m[1]).not.toMatch(FORBIDDEN_MODULE);
      if (m[1].startsWith(".")) expect(m[1]).not.toMatch(/\.\.\/(excel|xlsx|cli|taskpane|commands)\b/);
    }
    const code = text.replace(/\/\/.*$/gm, "").replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(FORBIDDEN_GLOBAL);
  },
);
