// Every fixture workbook, edited in ways that per the spec change nothing but addresses, reads the
// same: layout, items, policies with their figures, and findings at the moved cells.

import { expectedFixtures, snapshotsOf } from "../../helpers/fixtures";
import { metamorphicSuite } from "./suite";

metamorphicSuite(
  expectedFixtures().map((e) => ({
    name: e.workbook,
    asOf: e.asOf,
    snapshots: () => snapshotsOf(e.workbook),
  })),
);
