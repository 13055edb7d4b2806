// The reader's core (zip bytes → parts → snapshots) runs in a browser too: it imports no Node
// module and no ExcelJS, and uses no Node global; node's zlib and TextDecoder come in through
// src/xlsx/readXlsx.ts.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const READER = join(__dirname, "..", "..", "src", "xlsx", "reader");

test.each(readdirSync(READER).filter((n) => n.endsWith(".ts")))("reader/%s is pure", (name) => {
  const text = readFileSync(join(READER, name), "utf8");
  for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
    expect(m[1]).not.toMatch(/^(node:|fs$|path$|zlib$|util$|buffer$|stream$|exceljs|jszip)/);
    if (m[1].startsWith(".")) expect(m[1]).toMatch(/^\.\/|^\.\.\/\.\.\/core\//);
  }
  const code = text.replace(/\/\/.*$/gm, "").replace(/"(?:[^"\\]|\\.)*"/g, '""');
  expect(code).not.toMatch(/\b(process|Buffer|require)\s*[.(]/);
});
