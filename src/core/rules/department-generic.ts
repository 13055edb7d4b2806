import { readDepartment } from "./departments-read";
import type { Rule } from "./rule";

export const departmentGeneric: Rule = {
  meta: {
    id: "department-generic",
    severity: "warning",
    fixable: false,
    description: {
      ja: "「関係課」「全所属」「各課」だけで具体的な担当課がない",
      en: "Only a generic word (関係課, 全所属, 各課), no real department",
    },
    messages: {
      generic: {
        ja: "「{value}」だけでは担当課が分かりません。具体的な課名を書いてください",
        en: '"{value}" names no department; add the responsible department',
      },
    },
  },
  check(item, ctx) {
    const read = readDepartment(item, ctx);
    if (!read || !item.department || read.parts.length === 0) return;
    if (read.parts.every((p) => p.status.kind === "generic")) {
      ctx.report({ cell: item.department, messageId: "generic", data: { value: read.text } });
    }
  },
};
