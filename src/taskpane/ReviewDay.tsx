// The review day: Fluent's date picker showing the day the Japanese way (2014年3月31日（平成26年）)
// whatever the browser's locale, with a Japanese calendar; typing 2014-03-31, 平成26年3月31日 … works too.

import { Field } from "@fluentui/react-components";
import {
  DatePicker,
  defaultDatePickerStrings,
  type CalendarStrings,
} from "@fluentui/react-datepicker-compat";
import { fiscalYearOf, formatJapaneseFiscalYear, parseIsoDate } from "../core/fiscal";
import { usePane } from "./context";
import { formatDay, fromDate, parseDay, toDate } from "./dates";

const JA_STRINGS: CalendarStrings = {
  ...defaultDatePickerStrings,
  months: Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
  shortMonths: Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
  days: ["日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
  shortDays: ["日", "月", "火", "水", "木", "金", "土"],
  goToToday: "今日",
  prevMonthAriaLabel: "前の月",
  nextMonthAriaLabel: "次の月",
  prevYearAriaLabel: "前の年",
  nextYearAriaLabel: "次の年",
  prevYearRangeAriaLabel: "前の年の範囲",
  nextYearRangeAriaLabel: "次の年の範囲",
  closeButtonAriaLabel: "閉じる",
  selectedDateFormatString: "選択中の日付 {0}",
  todayDateFormatString: "今日 {0}",
  monthPickerHeaderAriaLabel: "{0}、月を選ぶ",
  yearPickerHeaderAriaLabel: "{0}、年を選ぶ",
  weekNumberFormatString: "第{0}週",
};

const JA_FORMAT = {
  formatDay: (d: Date) => `${d.getDate()}`,
  formatMonth: (d: Date) => `${d.getMonth() + 1}月`,
  formatYear: (d: Date) => `${d.getFullYear()}年`,
  formatMonthDayYear: (d: Date) => formatDay(fromDate(d), "ja"),
  formatMonthYear: (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月`,
};

export interface ReviewDayProps {
  asOf: string;
  setAsOf(d: string): void;
  /** Text was typed that is no day: the field says so and the check waits for a real day. */
  typedWrong: boolean;
  setTypedWrong(wrong: boolean): void;
}

export function ReviewDay({ asOf, setAsOf, typedWrong, setTypedWrong }: ReviewDayProps) {
  const { t, lang } = usePane();
  const day = parseIsoDate(asOf);
  const fy = day ? fiscalYearOf(day) : null;
  const invalid = typedWrong || !day;
  return (
    <Field
      label={t.asOf}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? t.asOfInvalid : undefined}
      hint={!invalid && fy !== null ? t.reviewYear(formatJapaneseFiscalYear(fy), fy) : undefined}
    >
      <DatePicker
        allowTextInput
        value={toDate(asOf)}
        placeholder={t.asOfPlaceholder}
        firstDayOfWeek={0}
        showGoToToday
        formatDate={(d) => (d ? formatDay(fromDate(d), lang) : "")}
        parseDateFromString={(text) => {
          const iso = parseDay(text);
          return iso ? toDate(iso) : null;
        }}
        onValidationResult={(r) => setTypedWrong(r.error !== undefined)}
        onSelectDate={(d) => {
          if (!d) return;
          setTypedWrong(false);
          setAsOf(fromDate(d));
        }}
        {...(lang === "ja" ? { strings: JA_STRINGS, dateTimeFormatter: JA_FORMAT } : {})}
      />
    </Field>
  );
}
