// Every fixture workbook gives exactly the layout, items, findings and policy figures of its expected.json.

import { checkFixture, expectedFixtures } from "../helpers/fixtures";

describe.each(expectedFixtures().map((e) => [e.workbook, e] as const))("%s", (_name, expected) => {
  let report: Awaited<ReturnType<typeof checkFixture>>;
  beforeAll(async () => {
    report = await checkFixture(expected.workbook, { asOf: expected.asOf });
  });

  for (const [sheetName, exp] of Object.entries(expected.sheets)) {
    describe(sheetName, () => {
      const sheet = () => report.sheets.find((s) => s.name === sheetName)!;

      test("layout and item count", () => {
        expect(sheet().layout).toBe(exp.layout);
        expect(sheet().items).toHaveLength(exp.items);
      });

      test("error and warning findings", () => {
        const got = sheet()
          .findings.filter((f) => f.severity !== "info")
          .map((f) => ({
            cell: f.cell,
            rule: f.rule,
            severity: f.severity,
            value: f.value,
            ...(f.fix ? { fix: f.fix } : {}),
          }));
        const want = exp.findings.map((f) => ({
          cell: f.cell,
          rule: f.rule,
          severity: f.severity,
          value: f.value,
          ...(f.fix ? { fix: f.fix } : {}),
        }));
        expect(got).toEqual(expect.arrayContaining(want));
        expect(got).toHaveLength(want.length);
      });

      test("policies and their figures", () => {
        const got = Object.fromEntries(sheet().policies.map((p) => [p.name, p]));
        expect(Object.keys(got).sort()).toEqual(Object.keys(exp.policies).sort());
        for (const [name, figures] of Object.entries(exp.policies)) {
          for (const [k, v] of Object.entries(figures)) {
            const g = got[name][k as keyof (typeof got)[string]];
            if (k === "rate" && typeof v === "number") expect(g).toBeCloseTo(v, 3);
            else expect(g).toEqual(v);
          }
        }
      });
    });
  }
});
