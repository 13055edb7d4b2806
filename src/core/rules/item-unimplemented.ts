import { actualsByYear } from "../actuals";
import { formatJapaneseFiscalYear } from "../fiscal";
import { has } from "../timeline";
import type { Rule } from "./rule";

export const itemUnimplemented: Rule = {
  meta: {
    id: "item-unimplemented",
    severity: "error",
    fixable: false,
    description: { ja: "実績が未実施・未着手・中止", en: "The actual says not done (未実施, 未着手, 中止)" },
    messages: {
      notDone: { ja: "{year}の実績が「{value}」です", en: 'The actual for FY{yearEn} is "{value}"' },
    },
  },
  check(item, ctx) {
    const vocab = ctx.model.vocabulary;
    const years = [...actualsByYear(item, vocab).values()].sort((a, b) => a.year - b.year);
    for (const a of years) {
      if (a.year > ctx.review.fiscalYear) break;
      const cell =
        a.status && has(a.status.effective, "notDone") && a.status.cell.kind !== "continue"
          ? a.status.cell
          : has(a.textEffective, "notDone")
            ? a.text
            : undefined;
      if (!cell) continue;
      const value = typeof cell.value === "string" ? cell.value.trim() : String(cell.value);
      ctx.report({
        cell,
        messageId: "notDone",
        data: { value, year: formatJapaneseFiscalYear(a.year), yearEn: a.year },
      });
      return;
    }
  },
};
