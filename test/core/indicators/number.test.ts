// Numbers as indicator cells write them (docs/indicators.md, "Values").

import { readNumber } from "../../../src/core/text/number";

describe("readNumber", () => {
  test.each([
    [43.8, 43.8, false, false, ""],
    ["1,234件", 1234, true, false, "件"],
    ["約50%", 50, true, true, ""],
    ["５０％", 50, true, true, ""],
    ["１，２３４．５人", 1234.5, true, false, "人"],
    ["▲3", -3, true, false, ""],
    ["-0.5", -0.5, true, false, ""],
    ["100 以上", 100, true, false, ""],
  ])("%j reads as %d", (cell, value, text, percent, extra) => {
    expect(readNumber(cell)).toEqual({ value, text, percent, extra });
  });

  test("a bracketed year after the number is the year it was measured in", () => {
    expect(readNumber("47.1 (R1)")).toEqual({
      value: 47.1,
      text: true,
      percent: false,
      extra: "",
      year: 2019,
    });
    expect(readNumber("12（平成30年度）")).toMatchObject({ value: 12, year: 2018 });
  });

  test.each([["減少"], ["未定"], ["-"], [""], [null], ["1〜3"], ["10/20"], [{ date: "2024-03-31" }], [true]])(
    "%j says no number",
    (cell) => {
      expect(readNumber(cell)).toBeNull();
    },
  );
});
