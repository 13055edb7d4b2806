// Every rule, in the order findings are listed.

import { departmentGeneric } from "./department-generic";
import { departmentMissing } from "./department-missing";
import { departmentRenamed } from "./department-renamed";
import { departmentUnknown } from "./department-unknown";
import { indicatorActualMissing } from "./indicator-actual-missing";
import { indicatorUnit } from "./indicator-unit";
import { indicatorWorse } from "./indicator-worse";
import { itemDue } from "./item-due";
import { itemOverdue } from "./item-overdue";
import { itemPartlyUnimplemented } from "./item-partly-unimplemented";
import { itemUnimplemented } from "./item-unimplemented";
import { policyVariant } from "./policy-variant";
import type { Rule } from "./rule";
import { scheduleEmpty } from "./schedule-empty";
import { statusAfterDone } from "./status-after-done";
import { statusNotation } from "./status-notation";
import { statusOrphanArrow } from "./status-orphan-arrow";
import { statusUnknown } from "./status-unknown";
import { yearAmbiguous } from "./year-ambiguous";

export const RULES: Rule[] = [
  statusUnknown,
  statusOrphanArrow,
  statusAfterDone,
  statusNotation,
  departmentMissing,
  departmentUnknown,
  departmentRenamed,
  departmentGeneric,
  policyVariant,
  itemUnimplemented,
  itemPartlyUnimplemented,
  itemOverdue,
  itemDue,
  scheduleEmpty,
  yearAmbiguous,
  indicatorActualMissing,
  indicatorUnit,
  indicatorWorse,
];

export const RULE_IDS = RULES.map((r) => r.meta.id);
