// The README lists every rule exactly as the metas describe it (regenerate with npm run docs:rules).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/core/rules";
import { rulesMarkdown, withRulesSection } from "../../src/core/rules/markdown";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

test("README's rule section is the generated one", () => {
  expect(withRulesSection(readme)).toBe(readme);
});

test("every rule id of the spec has a row", () => {
  const md = rulesMarkdown();
  for (const r of RULES) expect(md).toContain(`\`${r.meta.id}\``);
  // The spec's 15, and the indicator rules of docs/indicators.md.
  expect(RULES).toHaveLength(18);
  const indicators = readFileSync(join(__dirname, "..", "..", "docs", "indicators.md"), "utf8");
  for (const id of ["indicator-actual-missing", "indicator-unit", "indicator-worse"]) {
    expect(indicators).toContain(`\`${id}\``);
    expect(md).toContain(`\`${id}\``);
  }
});
