// The pane's theme from Office's colours: light, dark or high contrast, Office's colours laid over
// Fluent's theme only where every text stays readable.

import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { contrast, themeFrom, themeKind } from "../../src/taskpane/theme";

const BLACK = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", isDarkTheme: true };
const DARK_GREY = { bodyBackgroundColor: "#444444", bodyForegroundColor: "#FFFFFF" };
const WHITE = { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" };

test("Office's dark themes give a dark theme, its light ones a light theme, forced colours high contrast", () => {
  expect(themeKind(BLACK)).toBe("dark");
  expect(themeKind(DARK_GREY)).toBe("dark");
  expect(themeKind(WHITE)).toBe("light");
  expect(themeKind(undefined)).toBe("light");
  expect(themeKind(WHITE, true)).toBe("highContrast");
  expect(themeFrom(WHITE, true)).toBe(teamsHighContrastTheme);
  expect(themeFrom(undefined)).toBe(webLightTheme);
});

test("white text never lands on a light background (the dark Office theme over a light Fluent theme)", () => {
  for (const office of [BLACK, DARK_GREY, WHITE]) {
    const t = themeFrom(office);
    for (const fg of [t.colorNeutralForeground1, t.colorNeutralForeground2])
      expect({ office, ratio: contrast(fg, t.colorNeutralBackground1) >= 4.5 }).toEqual({
        office,
        ratio: true,
      });
  }
  expect(themeFrom(BLACK).colorNeutralBackground1).toBe("#262626");
  expect(themeFrom(BLACK).colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
});

test("an Office colour that would make text unreadable is not used", () => {
  // A mid-grey background: Fluent's dark text colours would fall under 4.5:1 on it.
  const t = themeFrom({ bodyBackgroundColor: "#7A7A7A", bodyForegroundColor: "#808080" });
  expect(contrast(t.colorNeutralForeground1, t.colorNeutralBackground1)).toBeGreaterThanOrEqual(4.5);
});
