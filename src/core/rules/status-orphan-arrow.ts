import { resolveRow } from "../timeline";
import type { Rule } from "./rule";

export const statusOrphanArrow: Rule = {
  meta: {
    id: "status-orphan-arrow",
    severity: "error",
    fixable: false,
    description: {
      ja: "継続の記号（⇒ →）の前に状況がない",
      en: "A continuation mark (⇒ →) has no status before it",
    },
    messages: {
      orphan: {
        ja: "「{value}」（継続）の前の年度に状況が書かれていません",
        en: '"{value}" continues nothing: no status in an earlier year',
      },
    },
  },
  check(item, ctx) {
    for (const row of [item.schedule, item.actuals]) {
      const orphan = resolveRow(row).find((y) => y.cell.kind === "continue" && y.effective.kind === "orphan");
      if (orphan) {
        ctx.report({ cell: orphan.cell, messageId: "orphan", data: { value: orphan.cell.normalized } });
        return;
      }
    }
  },
};
