// The add-in manifest against the Office manifest schemas, offline (xmllint from Debian's libxml2-utils),
// and what the ribbon promises: its functions exist in the commands bundle and its icons in assets/.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCHEMA = join(ROOT, "..", "shared", "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function xmllint(file: string): { status: number | null; stderr: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, file], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

describe("manifest.xml", () => {
  it("validates against the Office schemas (npm run validate:offline)", () => {
    const out = execFileSync("npm", ["run", "--silent", "validate:offline"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out).toBe("");
    const r = xmllint(join(ROOT, "manifest.xml"));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/manifest\.xml validates/);
  });

  it("is rejected by the same check when it declares a shared runtime (the check is real)", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const bad = join(dir, "manifest.xml");
    writeFileSync(
      bad,
      MANIFEST.replace(
        '<Host xsi:type="Workbook">',
        '<Host xsi:type="Workbook"><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
      ),
    );
    const r = xmllint(bad);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/Runtimes/);
  });

  it("requires ExcelApi 1.13 and names Japanese first with English overrides", () => {
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    expect(MANIFEST).toMatch(/<DefaultLocale>ja-JP<\/DefaultLocale>/);
    expect(MANIFEST).toMatch(
      /<DisplayName DefaultValue="計画レビュー">\s*<Override Locale="en-US" Value="Plan Review"\/>/,
    );
    for (const label of ["シートを検証", "計画レビュー", "集計シート作成"])
      expect(MANIFEST).toContain(`DefaultValue="${label}"`);
  });

  it("asks for functions the commands bundle associates, and a pane that exists", () => {
    const names = [...MANIFEST.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(["buildSummarySheets", "checkActiveSheet"]);
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    for (const n of names) expect(commands).toContain(`Office.actions.associate("${n}"`);
    expect(MANIFEST).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
    expect(MANIFEST).toContain('DefaultValue="https://localhost:3000/commands.html"');
  });

  it("points at icons that are PNG files of the size they are declared as", () => {
    const images = [...MANIFEST.matchAll(/https:\/\/localhost:3000\/assets\/([a-z]+-(\d+)\.png)/g)];
    expect(images.length).toBeGreaterThanOrEqual(9);
    for (const [, file, size] of images) {
      const png = readFileSync(join(ROOT, "assets", file));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
