// What a line of text standing on its own says it is: a date, an author, a note, an instruction, a
// legend, a heading (numbered or marked), or plain text (a title, unless the sheet shows otherwise).
// Decided by the words, marks and numbering of the text alone — never by where it stands or how wide
// it is merged, so that a new way of writing one kind of line is one change here.

import { isLegend } from "../legend";
import { squash } from "../text/normalize";

export type LineKind = "date" | "author" | "note" | "instruction" | "legend" | "heading" | "plain";

/** Department-like names: 企画調整課, 総合政策部, 市民活動センター, 各区役所. */
export const DEPARTMENT_NAME = /(課|室|局|部|センター|事務局|役所|所|館|係|本部|委員会)(\(.*\))?$/;

const NOTE = /^(?:[注※*＊†]|[(（【[]\s*注|備考\s*[:：)）]|参考\s*[:：]|出典\s*[:：])/u;

const INSTRUCTION_START =
  /^(?:[(（【[]\s*)?(?:記載要領|記入要領|記入方法|記入例|記載例|記入上の(?:注意|留意点)|記載上の(?:注意|留意点)|入力要領|入力方法|作成要領|留意事項|注意事項|入力上の注意)/u;
const INSTRUCTION_END =
  /(?:してください|して下さい|すること|願います|お願いします|ください|下さい|入力可|選択可|記入可)[。．.]?$/u;

const AUTHOR_LABEL =
  /^(?:[(（【[]\s*)?(?:所管|担当|作成|文責|事務局|作成者|作成部署|作成課|担当部署|担当課|担当者|所管課|主管課|記入者|提出者|提出先|問合せ先?|問い合わせ先?|お問い合わせ|連絡先|照会先)\s*[:：]/u;

// Year and month (and day): 令和5年3月, 2023年4月1日, R5.5.12, 2024/3/31, 平成25年10月末.
const DATE_TOKEN =
  /(?:令和|平成|昭和|[RHS])?\s*(?:\d{1,4}|元)\s*(?:年|[./／-])\s*\d{1,2}\s*(?:月|[./／-])\s*(?:\d{1,2}\s*日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日/gu;
// Words that go with a date on such a line.
const DATE_WORDS =
  /作成日|更新日|改訂日|改定日|基準日|出力日|印刷日|日付|時点|現在|作成|更新|改訂|改定|発行|印刷|出力|第\d+版|版|末|付|[:：()（）【】[\]\s、,，・～~]/gu;

/** A line that says when: a date with its labels, optionally with who made it. */
export function isDateLine(text: string): boolean {
  const s = text.normalize("NFKC").trim();
  if (s.length > 60) return false;
  DATE_TOKEN.lastIndex = 0;
  if (!DATE_TOKEN.test(s)) return false;
  const rest = s.replace(DATE_TOKEN, "").replace(DATE_WORDS, "");
  return rest === "" || isAuthorName(rest);
}

/** A department or person's name standing for who compiled the sheet. */
function isAuthorName(s: string): boolean {
  const t = squash(s).replace(/作成|提出|担当|所管|記入|文責/g, "");
  return t.length > 0 && t.length <= 24 && DEPARTMENT_NAME.test(t);
}

/** A line that says who: 所管：企画調整課, （企画調整課作成）, 企画調整課. */
export function isAuthorLine(text: string): boolean {
  const s = text.normalize("NFKC").trim();
  if (AUTHOR_LABEL.test(s)) return s.length <= 60;
  const inner = s.replace(/^[(（【[]\s*|\s*[)）】\]]$/gu, "");
  return isAuthorName(inner) && !/[0-9０-９]/.test(inner);
}

export function isNoteLine(text: string): boolean {
  return NOTE.test(text.trim());
}

export function isInstructionLine(text: string): boolean {
  const s = text.trim();
  return INSTRUCTION_START.test(s) || INSTRUCTION_END.test(s);
}

/** A sentence ends with a full stop; a heading does not (「…を進めます」 heads a section too). */
function isSentence(text: string): boolean {
  return /[。．]$/.test(text.trim());
}

// Words that open a heading, followed by its number or name: 施策1, 推進方針 I, 基本目標：….
const HEADING_WORD =
  /^(推進方針|推進施策|推進方策|基本方針|基本目標|基本施策|重点施策|重点目標|重点項目|重点取組|政策|施策|方針|目標|分野|領域|柱|節)(?=\s*[0-9０-９IVXⅠ-Ⅻ一二三四五六七八九十①-⑳(（[【:：\s])/u;

/** The outline class of a heading's numbering: headings of one class share a level. */
export function headingClass(text: string): string {
  // Circled numbers first: NFKC turns ① into 1.
  if (/^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/.test(text.trim())) return "circled";
  const s = text.normalize("NFKC").trim();
  const kw = HEADING_WORD.exec(s);
  if (kw) return `kw:${kw[1]}`;
  const dai = /^第\s*[0-9一二三四五六七八九十]+\s*([章節編部款項期条])/.exec(s);
  if (dai) return `dai:${dai[1]}`;
  if (/^【[^】]+】/.test(s)) return "bracket";
  const bullet = /^([■□◆◇●○◎★☆▲△▼▽・◯▶▷►〇])/.exec(s);
  if (bullet) return `bullet:${bullet[1]}`;
  if (/^\d+\s*[-－―ー‐]\s*/.test(s)) return "numdash";
  if (/^[(（]\d+[)）]/.test(s)) return "paren";
  if (/^\d+(?:[.．、)）]|\s|$)/.test(s)) return "num";
  if (/^[IVXⅠ-Ⅻ]+(?:[\s.．、)）]|$)/.test(s)) return "roman";
  if (/^[(（][ア-ンｱ-ﾝ][)）]/.test(s)) return "kanaParen";
  if (/^[ア-ン][\s.．、)）]/.test(s)) return "kana";
  return "plain";
}

/** Numbered or keyword headings that head a section wherever they stand, as opposed to plain text. */
export function isStrongHeading(cls: string): boolean {
  return (
    cls.startsWith("kw:") ||
    cls.startsWith("dai:") ||
    cls.startsWith("bullet:") ||
    cls === "numdash" ||
    cls === "bracket"
  );
}

/** What a line of text standing on its own says it is. */
export function lineKind(text: string): LineKind {
  if (isNoteLine(text)) return "note";
  if (isInstructionLine(text)) return "instruction";
  if (isLegend(text)) return "legend";
  if (isDateLine(text)) return "date";
  if (isAuthorLine(text)) return "author";
  if (isSentence(text)) return "note";
  return headingClass(text) === "plain" ? "plain" : "heading";
}

/** Lines that are never a heading, an item or a policy: they say when, who, how, or what marks mean. */
export function isAsideLine(kind: LineKind): boolean {
  return kind !== "heading" && kind !== "plain";
}
