// One policy (or second-level group) written two ways splits the summary in two (plan-sheets.md,
// "Policy names"): names under the same parent that are the same name written another way.

import { address } from "../address";
import type { LevelName } from "../layout/levelNames";
import { editDistance } from "../text/editDistance";
import { squash } from "../text/normalize";
import type { Rule } from "./rule";

/** The name without its numbering, for comparing the words of two names of the same number. */
function words(name: LevelName): string {
  const s = squash(name.text);
  return name.number && s.startsWith(name.number) ? s.slice(name.number.length) : s;
}

/** Two different names that are one name written another way (never names of different numbers). */
export function areVariants(a: LevelName, b: LevelName): boolean {
  if (a.value === b.value) return false;
  const ka = squash(a.value);
  const kb = squash(b.value);
  if (ka === kb) return true;
  if (a.number !== b.number) return false;
  if (a.number !== null && words(a) !== words(b)) return true;
  return [...ka].length >= 6 && [...kb].length >= 6 && editDistance(ka, kb, 1) === 1;
}

interface Form {
  value: string;
  items: number;
  cells: LevelName[];
}

/** Groups of forms that are variants of each other (connected through the variant relation). */
function variantGroups(forms: Form[]): Form[][] {
  const parent = forms.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (let i = 0; i < forms.length; i++)
    for (let j = i + 1; j < forms.length; j++)
      if (areVariants(forms[i].cells[0], forms[j].cells[0])) parent[root(j)] = root(i);
  const groups = new Map<number, Form[]>();
  forms.forEach((f, i) => {
    const g = groups.get(root(i)) ?? [];
    g.push(f);
    groups.set(root(i), g);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

export const policyVariant: Rule = {
  meta: {
    id: "policy-variant",
    severity: "warning",
    fixable: true,
    description: {
      ja: "同じ方針・施策の名前が別の書き方で書かれている（集計で別の方針に分かれる）",
      en: "One policy or group is written two ways (the summary splits it in two)",
    },
    messages: {
      variant: {
        ja: "「{value}」は「{name}」（{count}件）の書き方の揺れと思われます。集計では別の方針になります",
        en: '"{value}" looks like "{name}" ({count} items) written another way; the summary counts them apart',
      },
    },
  },
  checkSheet(ctx) {
    const byParent = new Map<string, Map<string, Form>>();
    for (const name of ctx.model.levelNames) {
      const key = `${name.level}|${name.parent}`;
      let forms = byParent.get(key);
      if (!forms) byParent.set(key, (forms = new Map()));
      let form = forms.get(name.value);
      if (!form) forms.set(name.value, (form = { value: name.value, items: 0, cells: [] }));
      form.items += name.items;
      form.cells.push(name);
    }
    for (const forms of byParent.values()) {
      for (const group of variantGroups([...forms.values()])) {
        // The form more items use is the name; the first written wins a tie.
        const major = group.reduce((a, b) => (b.items > a.items ? b : a));
        for (const form of group) {
          if (form === major) continue;
          const certain = major.items >= 2 * form.items;
          for (const cell of form.cells) {
            ctx.report({
              cell: { row: cell.row, col: cell.col, address: address(cell.row, cell.col), value: cell.value },
              messageId: "variant",
              data: { value: cell.text, name: major.cells[0].text, count: major.items },
              fix: certain && cell.whole && major.cells[0].whole ? major.value : undefined,
              suggestions: certain && cell.whole ? undefined : [major.cells[0].text],
            });
          }
        }
      }
    }
  },
};
