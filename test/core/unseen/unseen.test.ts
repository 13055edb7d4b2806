// Workbooks laid out as other cities lay them out give what a person reading them finds: the
// items, the policies with their figures, and exactly the errors and warnings worked out by hand.

import { checkBuilt } from "../../helpers/workbook";
import { UNSEEN } from "./workbooks";

describe.each(UNSEEN.map((u) => [u.name, u] as const))("%s", (_name, u) => {
  const sheet = async () => {
    const report = await checkBuilt(u.sheets, { asOf: u.asOf });
    return report.sheets.find((s) => s.name === u.sheet)!;
  };

  test("layout and items", async () => {
    const s = await sheet();
    expect(s.layout).toBe(u.layout);
    expect(s.items).toHaveLength(u.items);
  });

  test("errors and warnings", async () => {
    const s = await sheet();
    const got = s.findings
      .filter((f) => f.severity !== "info")
      .map((f) => ({ cell: f.cell, rule: f.rule, value: f.value, ...(f.fix ? { fix: f.fix } : {}) }));
    expect(got).toEqual(u.findings);
  });

  test("policies and their figures", async () => {
    const s = await sheet();
    const got = Object.fromEntries(
      s.policies.map(({ name, rate, ...rest }) => [
        name,
        { ...rest, rate: rate === null ? null : Math.round(rate * 10000) / 10000 },
      ]),
    );
    expect(got).toEqual(u.policies);
  });
});
