import { formatJapaneseFiscalYear } from "../fiscal";
import type { Rule } from "./rule";

export const yearAmbiguous: Rule = {
  meta: {
    id: "year-ambiguous",
    severity: "info",
    fixable: false,
    description: {
      ja: "元号のない年度見出し（24年度）で、シートから元号が分からない",
      en: "A two-digit year header (24年度) whose era the sheet does not say",
    },
    messages: {
      ambiguous: {
        ja: "「{value}」の元号がシートから分かりません。{guess}として読みました",
        en: 'The era of "{value}" is not stated on the sheet; read as FY{guessEn}',
      },
    },
  },
  checkSheet(ctx) {
    for (const { cell, year } of ctx.model.ambiguousYears) {
      ctx.report({
        cell,
        messageId: "ambiguous",
        data: { value: String(cell.value), guess: formatJapaneseFiscalYear(year), guessEn: year },
      });
    }
  },
};
