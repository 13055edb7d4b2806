// The review day as people write and read it, whatever the browser's locale.

import { eraYear, formatDay, parseDay } from "../../src/taskpane/dates";

test("days are shown with 年月日 and their era year", () => {
  expect(formatDay("2014-03-31", "ja")).toBe("2014年3月31日（平成26年）");
  expect(formatDay("2019-05-01", "ja")).toBe("2019年5月1日（令和元年）");
  expect(formatDay("2019-04-30", "ja")).toBe("2019年4月30日（平成31年）");
  expect(formatDay("2024-04-01", "en")).toBe("1 April 2024 (Reiwa 6)");
  expect(eraYear(1989, 1, 7)).toBeNull();
});

test("typed days in every usual form read as the same day; what is no day reads as none", () => {
  for (const text of [
    "2014-03-31",
    "2014/3/31",
    "2014.3.31",
    "２０１４年３月３１日",
    "平成26年3月31日",
    "H26.3.31",
    "h26/3/31",
    "2014年3月31日（平成26年）",
  ])
    expect({ text, day: parseDay(text) }).toEqual({ text, day: "2014-03-31" });
  expect(parseDay("令和元年5月1日")).toBe("2019-05-01");
  for (const text of ["3/31/2014", "2014-02-30", "昨日", "", "R6.13.1"])
    expect({ text, day: parseDay(text) }).toEqual({ text, day: null });
});
