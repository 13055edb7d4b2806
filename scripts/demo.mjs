// npm run demo: checks the sample workbooks in samples/, each as of the review day saved in it,
// and writes the annotated copies and one summary workbook into ./out (src/cli/demo.ts). Exits 0
// when it ran, findings or not.
//   npm run demo -- --lang en
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { demo } = require("../dist/cli.js");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lang =
  process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en" ? "en" : "ja";
const rel = (p) => relative(process.cwd(), p) || ".";

process.exitCode = await demo({
  samples: rel(join(root, "samples")),
  outDir: rel(join(root, "out")),
  lang,
  color: process.stdout.isTTY === true,
  write: (text) => process.stdout.write(text),
});
