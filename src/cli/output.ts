// What `check` prints, rendered file by file: each file's part is rendered as soon as the file is
// checked, so that the command need not hold every report until the end.

import { indicatorFigures } from "../core/indicators/rows";
import { reviewYear } from "../core/fiscal";
import type { Lang } from "../core/messages";
import { leftOut } from "../core/summary/entries";
import type { Severity } from "../core/types";
import type { FileResult } from "./checkFile";
import { tableFileLines, tableFooter, tableHeading } from "./table";

export interface OutputFormat {
  format: "table" | "json";
  /** The command's review day (files checked as of another day say so). */
  asOf: string;
  lang: Lang;
  color: boolean;
}

/** One file's part of the output and its findings counted by severity. */
export interface RenderedFile {
  text: string;
  counts: Record<Severity, number>;
  /** The file could not be checked. */
  failed: boolean;
}

function fileJson(asOf: string, r: FileResult): unknown {
  return {
    file: r.file,
    ...(r.asOf && r.asOf !== asOf ? { asOf: r.asOf } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.ownOutput ? { ownOutput: true } : {}),
    ...(r.written ? { written: r.written } : {}),
    sheets: (r.report?.sheets ?? []).map((s) => ({
      name: s.name,
      layout: s.layout,
      items: s.items.length,
      ...(leftOut(s) ? { leftOut: leftOut(s) } : {}),
      findings: s.findings.map((f) => ({
        cell: f.cell,
        rule: f.rule,
        severity: f.severity,
        value: f.value,
        ...(f.fix !== undefined ? { fix: f.fix } : {}),
        ...(f.suggestions ? { suggestions: f.suggestions } : {}),
        message: f.message,
        messageEn: f.messageEn,
      })),
      policies: s.policies,
      ...(s.indicators ? { indicators: s.indicators.map(indicatorFigures) } : {}),
    })),
  };
}

const WRAP_HEAD = '{\n  "files": [\n';
const WRAP_TAIL = "\n  ]\n}";

export function renderFile(r: FileResult, out: OutputFormat): RenderedFile {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  if (out.format === "table") {
    const text = tableFileLines(r, out.lang, out.color, counts, out.asOf).join("\n");
    return { text, counts, failed: Boolean(r.error) };
  }
  for (const s of r.report?.sheets ?? []) for (const f of s.findings) counts[f.severity]++;
  // The file's object as it sits in the document's "files" array, indented by JSON.stringify itself.
  const wrapped = JSON.stringify({ files: [fileJson(out.asOf, r)] }, null, 2);
  const text = wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
  return { text, counts, failed: Boolean(r.error) };
}

/** The whole output from the files' parts, the same text as rendering everything at the end. */
export function renderDocument(files: RenderedFile[], out: OutputFormat): string {
  if (out.format === "table") {
    const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of files) for (const s of Object.keys(totals) as Severity[]) totals[s] += f.counts[s];
    const failed = files.filter((f) => f.failed).length;
    const lines = [tableHeading(out.asOf, out.lang), ...files.map((f) => f.text)];
    lines.push("", tableFooter(totals, failed, out.lang, out.color));
    return lines.join("\n") + "\n";
  }
  const head = { asOf: out.asOf, fiscalYear: reviewYear(out.asOf).fiscalYear };
  if (files.length === 0) return JSON.stringify({ ...head, files: [] }, null, 2) + "\n";
  const open = JSON.stringify(head, null, 2).slice(0, -2);
  return `${open},\n  "files": [\n${files.map((f) => f.text).join(",\n")}\n  ]\n}\n`;
}
