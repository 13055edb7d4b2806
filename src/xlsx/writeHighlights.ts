// Marks the findings in a workbook: a fill by severity (the core's highlight plan) and a note per cell.

import type ExcelJS from "exceljs";
import type { WorkbookReport } from "../core/check";
import { highlightPlan } from "../core/highlight";
import type { Lang } from "../core/messages";
import { RULES } from "../core/rules";
import { SEVERITY_WORD } from "../core/summary/labels";
import type { Finding } from "../core/types";

// The severity words live with the other words of the written sheets (core/summary/labels.ts).
export { SEVERITY_WORD };

/** "#FFC7CE" → ExcelJS's "FFFFC7CE". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** The note of one cell: each finding's severity, what kind of finding it is (in words), message and fix. */
export function findingNote(findings: Finding[], lang: Lang): string {
  return findings
    .map((f) => {
      // Rule ids are for machines (the JSON); a person reads the rule's name.
      const name = RULES.find((r) => r.meta.id === f.rule)?.meta.description[lang] ?? f.rule;
      const head =
        lang === "ja"
          ? `【${SEVERITY_WORD.ja[f.severity]}】${name}`
          : `[${SEVERITY_WORD.en[f.severity]}] ${name}`;
      const msg = lang === "ja" ? f.message : f.messageEn;
      const fix =
        f.fix !== undefined
          ? lang === "ja"
            ? `\n修正案: 「${f.fix}」`
            : `\nFix: "${f.fix}"`
          : f.suggestions?.length
            ? lang === "ja"
              ? `\n候補: ${f.suggestions.map((s) => `「${s}」`).join(" ")}`
              : `\nSuggestions: ${f.suggestions.map((s) => `"${s}"`).join(", ")}`
            : "";
      return `${head}\n${msg}${fix}`;
    })
    .join("\n\n");
}

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note as unknown;
  if (!note) return "";
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts ?? [];
  return texts.map((t) => t.text).join("");
}

/** Fills every finding's cell by severity and adds a note; returns how many cells were marked. */
export function markFindings(wb: ExcelJS.Workbook, report: WorkbookReport, lang: Lang): number {
  let marked = 0;
  for (const sheet of report.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws || sheet.findings.length === 0) continue;
    const byCell = new Map<string, Finding[]>();
    for (const f of sheet.findings) byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
    for (const h of highlightPlan(sheet.findings)) {
      const cell = ws.getCell(h.row, h.col);
      // A new style object: cells loaded from a file may share one.
      cell.style = {
        ...cell.style,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(h.color) } },
      };
      const before = existingNote(cell);
      const text = findingNote(byCell.get(h.cell) ?? [], lang);
      cell.note = { texts: [{ text: before ? `${before}\n\n${text}` : text }] };
      marked++;
    }
  }
  return marked;
}
