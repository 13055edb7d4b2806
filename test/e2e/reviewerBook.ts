// A plan sheet as a reviewer meets it, built with ExcelJS: 130 items under four policies, plan and
// actual for H24 and H25 under a two-row header, a progress legend, a department list with a former
// name — and every kind of finding a year-end check gives (about 190), with fixes where they are certain.

import ExcelJS from "exceljs";

const POLICIES = [
  "1 協働のための人づくり（市民と職員の意識を高める）",
  "2 協働のための環境づくり",
  "3 情報共有と参画の推進",
  "4 推進体制の強化",
];
const DEPARTMENTS = ["市民協働課", "市民共働課", "広報広聴課", "関係課", "総務課"];
// H24 plan, H24 actual, H25 plan, H25 actual, result.
const PATTERNS: (string | null)[][] = [
  ["実施", "○", "継続", "○", "予定どおり実施した。"],
  ["検討", "○", "継続実地", "○", "地域の団体と連携し、説明会を年4回開催した。"],
  ["実施", "○", "継続", null, null],
  ["実 施", "○", "継続", "○", "講座は開催したが、地区別の説明会は中止となった。"],
  ["検討", "×", "実施", "×", "未実施"],
  ["完了予定", "◎", null, null, "完了した。"],
];

export async function reviewerBook(items = 130): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("取組計画");
  ws.addRow(["協働推進計画　進捗管理表（平成25年度実績）"]);
  ws.addRow(["進捗：◎ 完了 ○ 順調 △ 遅れ × 未着手"]);
  ws.addRow(["施策", "取組内容", "担当課", "具体的な動き", "H24", null, "H25", null, "実施結果"]);
  ws.addRow(["施策", "取組内容", "担当課", "具体的な動き", "計画", "実績", "計画", "実績", "実施結果"]);
  ws.mergeCells("A1:I1");
  ws.mergeCells("A2:I2");
  ws.mergeCells("E3:F3");
  ws.mergeCells("G3:H3");
  for (const c of ["A", "B", "C", "D", "I"]) ws.mergeCells(`${c}3:${c}4`);
  for (let i = 0; i < items; i++) {
    const p = PATTERNS[i % PATTERNS.length];
    ws.addRow([
      POLICIES[Math.floor((i * POLICIES.length) / items)],
      `${i + 1} ・取組${i + 1}\u3000地域の団体と連携した協働の推進（説明会と講座の開催）`,
      DEPARTMENTS[i % DEPARTMENTS.length],
      `・具体的な動き${i + 1}`,
      ...p,
    ]);
  }
  const master = wb.addWorksheet("課一覧");
  master.addRow(["課名", "旧名称"]);
  for (const [name, alias] of [
    ["市民協働課", null],
    ["広報課", "広報広聴課"],
    ["総務課", null],
    ["企画課", null],
  ])
    master.addRow([name, alias]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
