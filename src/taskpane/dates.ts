// The review day as people write it: shown as 2014年3月31日（平成26年）whatever the browser's locale,
// typed as 2014-03-31, 2014/3/31, 2014年3月31日, 平成26年3月31日 or H26.3.31.

import { isoDay, parseIsoDate } from "../core/fiscal";
import type { Lang } from "../core/messages";

/** The era year of a calendar day: 令和 from 2019-05-01, 平成 from 1989-01-08. */
export function eraYear(y: number, m: number, d: number): { ja: string; en: string } | null {
  const key = y * 10000 + m * 100 + d;
  const name = (era: string, enEra: string, n: number) => ({
    ja: `${era}${n === 1 ? "元" : n}年`,
    en: `${enEra} ${n}`,
  });
  if (key >= 20190501) return name("令和", "Reiwa", y - 2018);
  if (key >= 19890108) return name("平成", "Heisei", y - 1988);
  return null;
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2014年3月31日（平成26年）" / "31 March 2014 (Heisei 26)". */
export function formatDay(iso: string, lang: Lang): string {
  const day = parseIsoDate(iso);
  if (!day) return iso;
  const era = eraYear(day.y, day.m, day.d);
  if (lang === "en") return `${day.d} ${MONTHS_EN[day.m - 1]} ${day.y}${era ? ` (${era.en})` : ""}`;
  return `${day.y}年${day.m}月${day.d}日${era ? `（${era.ja}）` : ""}`;
}

const ERA_BASE: Record<string, number> = { 平成: 1988, H: 1988, 令和: 2018, R: 2018 };

/** A typed day in any of the forms above (full-width digits too) as YYYY-MM-DD; null when it is none. */
export function parseDay(text: string): string | null {
  const t = text.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  // What formatDay wrote, era note and all, reads back.
  const shown = t.replace(/\(.*\)$/, "");
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(shown);
  let y: number;
  if (m) y = Number(m[1]);
  else {
    m = /^(平成|令和|H|R)(\d{1,2}|元)[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(shown);
    if (!m) return null;
    y = ERA_BASE[m[1]] + (m[2] === "元" ? 1 : Number(m[2]));
    m = [m[0], String(y), m[3], m[4]] as unknown as RegExpExecArray;
  }
  const iso = `${y}-${String(Number(m[2])).padStart(2, "0")}-${String(Number(m[3])).padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : null;
}

/** A Date (local midnight) for the picker, and back. */
export function toDate(iso: string): Date | null {
  const d = parseIsoDate(iso);
  return d ? new Date(d.y, d.m - 1, d.d) : null;
}

export const fromDate = (d: Date): string => isoDay(d);
