// Rewrites the rule list in README.md from the rule metas.
import { readFileSync, writeFileSync } from "node:fs";
import { withRulesSection } from "../src/core/rules/markdown";

const readme = readFileSync("README.md", "utf8");
writeFileSync("README.md", withRulesSection(readme));
