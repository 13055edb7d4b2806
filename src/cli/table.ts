// The human-readable report: findings grouped by file and sheet, totals per severity.

import { formatJapaneseFiscalYear, reviewYear } from "../core/fiscal";
import type { Severity } from "../core/types";
import type { FileResult } from "./main";

const COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const RESET = "\x1b[0m";
const LABEL: Record<"ja" | "en", Record<Severity, string>> = {
  ja: { error: "エラー", warning: "警告", info: "情報" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function formatTable(asOf: string, results: FileResult[], lang: "ja" | "en", color: boolean): string {
  const review = reviewYear(asOf);
  const paint = (s: Severity, text: string) => (color ? `${COLOR[s]}${text}${RESET}` : text);
  const lines: string[] = [];
  const year = lang === "ja" ? formatJapaneseFiscalYear(review.fiscalYear) : `FY${review.fiscalYear}`;
  lines.push(lang === "ja" ? `基準日 ${asOf}（${year}）` : `As of ${asOf} (${year})`);
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    lines.push("", r.file);
    if (r.error) {
      lines.push(`  ${paint("error", r.error)}`);
      continue;
    }
    for (const s of r.report?.sheets ?? []) {
      if (s.layout === "none") continue;
      lines.push(`  ${s.name}  (${s.layout}, ${s.items.length}${lang === "ja" ? "件" : " items"})`);
      for (const f of s.findings) {
        totals[f.severity]++;
        const msg = lang === "ja" ? f.message : f.messageEn;
        const fix =
          f.fix !== undefined ? (lang === "ja" ? ` → 修正案「${f.fix}」` : ` → fix "${f.fix}"`) : "";
        lines.push(
          `    ${f.cell.padEnd(6)} ${paint(f.severity, LABEL[lang][f.severity].padEnd(lang === "ja" ? 3 : 7))} ${f.rule.padEnd(26)} ${msg}${fix}`,
        );
      }
    }
  }
  lines.push(
    "",
    (["error", "warning", "info"] as Severity[])
      .map((s) => `${LABEL[lang][s]} ${totals[s]}`)
      .join(lang === "ja" ? "　" : ", "),
  );
  return lines.join("\n") + "\n";
}
