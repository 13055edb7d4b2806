import { replaceParts } from "../departments";
import { readDepartment } from "./departments-read";
import type { Rule } from "./rule";

export const departmentRenamed: Rule = {
  meta: {
    id: "department-renamed",
    severity: "warning",
    fixable: true,
    description: { ja: "旧課名が使われている", en: "A former department name is used" },
    messages: {
      renamed: {
        ja: "「{name}」は旧課名です。現在は「{current}」です",
        en: '"{name}" is a former name; it is now "{current}"',
      },
    },
  },
  check(item, ctx) {
    const read = readDepartment(item, ctx);
    if (!read || !item.department) return;
    if (!read.parts.some((p) => p.status.kind === "renamed")) return;
    const renamed = read.parts.flatMap((p) =>
      p.status.kind === "renamed" ? [{ part: p.part, by: p.status.current }] : [],
    );
    if (renamed.length === 0) return;
    ctx.report({
      cell: item.department,
      messageId: "renamed",
      data: {
        name: renamed.map((r) => r.part.text).join("、"),
        current: renamed.map((r) => r.by).join("、"),
      },
      fix: replaceParts(read.text, renamed),
    });
  },
};
