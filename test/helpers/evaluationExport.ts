// A city's 事務事業評価 export, written as such systems write it: a note row, one header row whose
// cells hold line breaks, 210 columns, the hierarchy as name columns with number columns beside them
// (政策 split into 十の位 / 一の位), 部課名 with 部 and 課 written together, free-text 前年度実績 and
// 今年度計画, a formula column, and 1,200 empty formatted rows after the data. Its policies are
// written in variants, as exports gathered from several departments are.

import ExcelJS from "exceljs";

export const EXPORT_SHEET = "事務事業評価集計";

/** One 事務事業: its hierarchy (with numbers), name, department, last year's result, this year's plan. */
export interface ExportRow {
  policy: [number, string];
  measure: [number, string];
  basic: [number, string];
  name: string;
  department: string;
  result: string | null;
  plan: string | null;
}

const SAFE = "安全で安心して暮らせるまち";
const LIFE = "豊かな市民生活を実現する産業の振興";
const FARM = "地域特性を活かした農林業の振興";

/** The rows, policies written three ways: one ・ for で (same number), a leading ideographic space, 生かした. */
export const EXPORT_ROWS: ExportRow[] = [
  {
    policy: [1, SAFE],
    measure: [1, "災害に強いまちづくり"],
    basic: [1, "防災体制の充実"],
    name: "防災訓練事業",
    department: "総務部危機管理課",
    result: "総合防災訓練を2回実施した。",
    plan: "総合防災訓練を年2回実施する。",
  },
  {
    policy: [1, SAFE],
    measure: [1, "災害に強いまちづくり"],
    basic: [1, "防災体制の充実"],
    name: "自主防災組織支援事業",
    department: "危機管理課",
    result: "延期していた説明会を開催した。",
    plan: "新たに3組織の結成を支援する。",
  },
  {
    policy: [1, SAFE],
    measure: [2, "交通安全の推進"],
    basic: [1, "交通安全意識の向上"],
    name: "交通安全教室事業",
    department: "市民生活部市民環境課",
    result: "小学校での教室を予定していたが、3校は中止となった。",
    plan: "全小学校で教室を開催する。",
  },
  {
    policy: [1, "安全・安心して暮らせるまち"],
    measure: [2, "交通安全の推進"],
    basic: [2, "交通環境の整備"],
    name: "通学路安全対策事業",
    department: "建設部道路課",
    result: "危険箇所20か所を改修した。",
    plan: "危険箇所15か所を改修する。",
  },
  {
    policy: [2, LIFE],
    measure: [1, "商工業の振興"],
    basic: [1, "中小企業の支援"],
    name: "中小企業融資事業",
    department: "経済部商工振興課",
    result: "未実施",
    plan: "制度を見直して再開する。",
  },
  {
    policy: [2, LIFE],
    measure: [1, "商工業の振興"],
    basic: [2, "創業の支援"],
    name: "創業支援事業",
    department: "経済部商工振興課",
    result: "創業セミナーを4回開催した。",
    plan: "創業セミナーを4回開催する。",
  },
  {
    policy: [2, LIFE],
    measure: [2, "観光の振興"],
    basic: [1, "観光資源の活用"],
    name: "観光誘客事業",
    department: "経済部観光課",
    result: "観光パンフレットを改訂した。",
    plan: "外国語パンフレットを作成する。",
  },
  {
    policy: [2, `\u3000${LIFE}`],
    measure: [2, "観光の振興"],
    basic: [1, "観光資源の活用"],
    name: "観光案内所運営事業",
    department: "観光課",
    result: "案内所を通年開設した。",
    plan: null,
  },
  {
    policy: [3, FARM],
    measure: [1, "農業の振興"],
    basic: [1, "担い手の育成"],
    name: "新規就農者支援事業",
    department: "経済部農政課",
    result: "就農相談会を開いた。",
    plan: "就農相談会を年6回開く。",
  },
  {
    policy: [3, FARM],
    measure: [1, "農業の振興"],
    basic: [2, "農地の保全"],
    name: "農地保全事業",
    department: "農政課",
    result: "耕作放棄地10haを解消した。",
    plan: "耕作放棄地8haを解消する。",
  },
  {
    policy: [3, "地域特性を生かした農林業の振興"],
    measure: [2, "林業の振興"],
    basic: [1, "森林の整備"],
    name: "森林整備事業",
    department: "経済部農林整備課",
    result: "間伐50haを行った。",
    plan: "間伐60haを行う。",
  },
  {
    policy: [3, FARM],
    measure: [2, "林業の振興"],
    basic: [2, "木材の利用"],
    name: "地域材利用促進事業",
    department: "企画部未来創造課",
    result: "地域材を使った学校机を導入した。",
    plan: "公共施設での利用を広げる。",
  },
];

/** The department master the export is checked against: some names with their 部, some without. */
export const EXPORT_MASTER = [
  "総務部危機管理課",
  "市民環境課",
  "建設部道路課",
  "経済部商工振興課",
  "観光課",
  "経済部農政課",
  "農林整備課",
];

const FIXED_HEADERS = [
  "年度",
  "政策\n十の位",
  "政策\n一の位",
  "政策名",
  "施策\n番号",
  "施策名",
  "基本事業\n番号",
  "基本事業名",
  "事務事業\n番号",
  "事務事業名",
  "部課名",
  "前年度実績",
  "今年度計画",
  "今後の方向性",
  "総事業費\n（千円）",
  "人件費\n（千円）",
  "合計\n（千円）",
];
export const EXPORT_COLUMNS = 210;
/** The first data row (row 1 is the note, row 2 the header). */
export const EXPORT_FIRST_ROW = 3;

/** The export as an .xlsx file, with a 課一覧 sheet when `master` is set. */
export async function evaluationExport(opts: { master?: boolean; rows?: ExportRow[] } = {}): Promise<Buffer> {
  const rows = opts.rows ?? EXPORT_ROWS;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EXPORT_SHEET);
  ws.getCell(1, 1).value = "※令和5年度 事務事業評価 集計表（評価システムから出力）。金額の単位は千円。";
  const headers = [...FIXED_HEADERS];
  for (let i = headers.length; i < EXPORT_COLUMNS; i++)
    headers.push(`評価項目${i - FIXED_HEADERS.length + 1}`);
  headers.forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.alignment = { wrapText: true };
  });
  rows.forEach((r, i) => {
    const at = EXPORT_FIRST_ROW + i;
    const cells = [
      2023,
      Math.floor(r.policy[0] / 10),
      r.policy[0] % 10,
      r.policy[1],
      r.measure[0],
      r.measure[1],
      r.basic[0],
      r.basic[1],
      i + 101,
      r.name,
      r.department,
      r.result,
      r.plan,
      (i % 3) + 1 + "：" + ["拡充", "現状維持", "改善"][i % 3],
      1000 + i * 10,
      500,
    ];
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(at, c + 1).value = v;
    });
    ws.getCell(at, 17).value = { formula: `O${at}+P${at}`, result: 1500 + i * 10 };
    for (let c = 18; c <= EXPORT_COLUMNS; c++) if ((c + i) % 7 === 0) ws.getCell(at, c).value = (c * i) % 5;
  });
  // Formatted but empty rows far below the data, as exports leave them.
  for (let r = EXPORT_FIRST_ROW + rows.length; r < EXPORT_FIRST_ROW + rows.length + 1200; r++)
    ws.getCell(r, 1).border = { bottom: { style: "thin" } };
  if (opts.master) {
    const m = wb.addWorksheet("課一覧");
    m.getCell(1, 1).value = "課名";
    EXPORT_MASTER.forEach((n, i) => (m.getCell(i + 2, 1).value = n));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
