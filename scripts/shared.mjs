// Runs a check that needs the shared folder beside the project (../shared: the fixture workbooks
// with their expected findings, the Office manifest schemas), or says what it skipped and why
// when that folder or the program it needs is not there. Used by npm run conformance and
// npm run validate:offline.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const show = (p) => relative(process.cwd(), p) || ".";

/** Runs `command args` from the project folder when `needs` exist; else says what is skipped. */
function runOrSkip(what, needs, command, args, without) {
  const missing = needs.find((p) => !existsSync(p));
  if (missing) {
    process.stdout.write(`${what}: skipped — ${show(missing)} not found (${without})\n`);
    return 0;
  }
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (r.error?.code === "ENOENT") {
    process.stdout.write(`${what}: skipped — ${command} is not installed (${without})\n`);
    return 0;
  }
  return r.status ?? 1;
}

const task = process.argv[2];
if (task === "conformance") {
  process.exitCode = runOrSkip(
    "conformance",
    [join(shared, "tools", "conformance.mjs"), join(shared, "fixtures")],
    process.execPath,
    [join(shared, "tools", "conformance.mjs"), ...process.argv.slice(3)],
    "it checks the fixture workbooks kept there against their expected findings; npm test checks the same workbooks from test/fixtures",
  );
} else if (task === "validate:offline") {
  const schema = join(shared, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");
  process.exitCode = runOrSkip(
    "validate:offline",
    [schema],
    "xmllint",
    ["--noout", "--schema", schema, "manifest.xml"],
    "it checks manifest.xml against the Office schemas kept there, with xmllint from libxml2-utils; npm run validate checks it online",
  );
} else {
  process.stderr.write("usage: node scripts/shared.mjs conformance|validate:offline\n");
  process.exitCode = 2;
}
