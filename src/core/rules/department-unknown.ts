import { replaceParts } from "../departments";
import { nearest } from "../text/editDistance";
import { squash } from "../text/normalize";
import { readDepartment } from "./departments-read";
import type { Rule } from "./rule";

export const departmentUnknown: Rule = {
  meta: {
    id: "department-unknown",
    severity: "error",
    fixable: true,
    description: { ja: "課一覧にない担当課名", en: "A department name not in the master list" },
    messages: {
      unknown: { ja: "「{name}」は課一覧にありません", en: '"{name}" is not in the department list' },
      unknownFix: {
        ja: "「{name}」は課一覧にありません（「{fix}」の誤りでは？）",
        en: '"{name}" is not in the department list (did you mean "{fix}"?)',
      },
      nearDuplicate: {
        ja: "「{name}」はこのシートで多く使われている「{fix}」と1文字違います",
        en: '"{name}" differs by one character from "{fix}", used more often on this sheet',
      },
    },
  },
  check(item, ctx) {
    const read = readDepartment(item, ctx);
    if (!read || !item.department) return;
    if (ctx.master) {
      const unknown = read.parts.filter((p) => p.status.kind === "unknown");
      if (unknown.length === 0) return;
      const near = unknown.map((u) => nearest(u.part.key, ctx.master!.names, squash));
      const certain = near.every((n) => n.fix);
      const fix = certain
        ? replaceParts(
            read.text,
            unknown.map((u, i) => ({ part: u.part, by: near[i].fix! })),
          )
        : undefined;
      const name = unknown.map((u) => u.part.text).join("、");
      ctx.report({
        cell: item.department,
        messageId: fix ? "unknownFix" : "unknown",
        data: { name, fix: fix ?? "" },
        fix,
        suggestions: near.flatMap((n) => n.suggestions).slice(0, 3),
      });
      return;
    }
    if (!ctx.nearDuplicates) return;
    const rare = read.parts.filter((p) => ctx.nearDuplicates!.has(p.part.key));
    if (rare.length === 0) return;
    const fix = replaceParts(
      read.text,
      rare.map((r) => ({ part: r.part, by: ctx.nearDuplicates!.get(r.part.key)! })),
    );
    ctx.report({
      cell: item.department,
      messageId: "nearDuplicate",
      data: {
        name: rare.map((r) => r.part.text).join("、"),
        fix: rare.map((r) => ctx.nearDuplicates!.get(r.part.key)).join("、"),
      },
      fix,
      severity: "warning",
    });
  },
};
