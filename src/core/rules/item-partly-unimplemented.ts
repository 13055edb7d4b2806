import { reportsShortfall } from "../actuals";
import { formatJapaneseFiscalYear } from "../fiscal";
import { cellText } from "../text/normalize";
import type { Rule } from "./rule";

export const itemPartlyUnimplemented: Rule = {
  meta: {
    id: "item-partly-unimplemented",
    severity: "warning",
    fixable: false,
    description: {
      ja: "実施結果に一部未実施・未達の記述がある",
      en: "The result text says part of the work was not done",
    },
    messages: {
      partly: {
        ja: "{year}の実施結果に未実施・未達の記述があります",
        en: "The result for FY{yearEn} says part of the work was not done",
      },
    },
  },
  check(item, ctx) {
    const vocab = ctx.model.vocabulary;
    const results = [...item.results].sort((a, b) => a.year - b.year);
    for (const r of results) {
      if (r.year > ctx.review.fiscalYear) break;
      if (!reportsShortfall(cellText(r.cell.value), vocab)) continue;
      ctx.report({
        cell: r.cell,
        messageId: "partly",
        data: { year: formatJapaneseFiscalYear(r.year), yearEn: r.year },
      });
      return;
    }
  },
};
