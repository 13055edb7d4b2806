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
  .then(
    (code) => {
      process.exitCode = code;
    },
    // A failure of the command itself, not of an input: exit 2 (1 means "error findings").
    (e) => {
      process.stderr.write(
        `plan-review: 予期しないエラーです — このメッセージを添えて報告してください (unexpected error; please report it with this message)\n${e && e.stack ? e.stack : e}\n`,
      );
      process.exitCode = 2;
    },
  );
