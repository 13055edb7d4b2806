#!/usr/bin/env node
// Entry point of the plan-review command; the bundle is built by `npm ci` (prepare) or `npm run build:cli`.
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "plan-review: the command is not built yet; run `npm run build:cli` in the project folder.\n",
  );
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
