// The default review day is the user's local day, not the UTC one.

import { isoDay, reviewYear } from "../../src/core/fiscal";

test("isoDay reads the local calendar day", () => {
  const d = new Date(2024, 2, 31, 1, 30); // 31 March 2024, 01:30 local time
  expect(isoDay(d)).toBe("2024-03-31");
  expect(reviewYear(isoDay(d))).toEqual({ asOf: "2024-03-31", fiscalYear: 2023, fiscalYearClosed: true });
});

test("days pad month and day", () => {
  expect(isoDay(new Date(2019, 4, 1))).toBe("2019-05-01");
});
