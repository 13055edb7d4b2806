import { filledText } from "../text/normalize";
import type { Rule } from "./rule";

export const departmentMissing: Rule = {
  meta: {
    id: "department-missing",
    severity: "error",
    fixable: false,
    description: { ja: "担当課が書かれていない", en: "No department is given" },
    messages: {
      missing: { ja: "担当課が空欄です", en: "The department cell is empty" },
    },
  },
  check(item, ctx) {
    if (!ctx.model.hasDepartments || !item.department) return;
    if (filledText(item.department.value) === "") ctx.report({ cell: item.department, messageId: "missing" });
  },
};
