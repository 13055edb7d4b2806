// The role a header names: exactly, by its last word, by what a "…名" header names; never an item,
// policy or result merely contained.

import { headerRole, type HeaderRole } from "../../../src/core/layout/headerWords";

describe("header roles", () => {
  test.each<[string, HeaderRole | null]>([
    ["(ウ) 取組内容", "item"],
    ["取り組み内容", "item"],
    ["取組み項目", "item"],
    ["熊本市への答申", "policy"],
    ["答申に対する市の方針", "policy"],
    ["政策名", "policy"],
    ["施策\n名", "policy"],
    ["事務事業名", "item"],
    ["基本事業名", "item"],
    ["取組名", "item"],
    ["事業の名称", "item"],
    ["政策番号", "id"],
    ["施策\n番号", "id"],
    ["部課名", "department"],
    ["担当課（室）", "department"],
    ["取組内容（概要）", "item"],
    ["予算額（千円）", null],
    ["事業費", null],
    ["事業目的", null],
    ["評価項目1", null],
    ["総合評価", "result"],
    ["達成度", "result"],
    ["進捗状況", "result"],
    ["今後の方向性", "other"],
  ])("%s → %s", (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});
