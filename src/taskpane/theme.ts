// The pane's theme from Office's own colours, through Fluent's themes: Office's body colours decide
// light or dark (and are laid over Fluent's theme of that kind only where their contrast holds); a
// forced-colours (high-contrast) display gets Fluent's high-contrast theme.

import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  isDarkTheme?: boolean;
}

export type ThemeKind = "light" | "dark" | "highContrast";

const colour = (c: string | undefined) => (c && /^#[0-9a-f]{6}$/i.test(c) ? c : undefined);

/** WCAG relative luminance of "#RRGGBB". */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#RRGGBB" colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Which of Fluent's themes fits Office's colours. */
export function themeKind(office: OfficeColours | undefined, forcedColors = false): ThemeKind {
  if (forcedColors) return "highContrast";
  const bg = colour(office?.bodyBackgroundColor);
  if (office?.isDarkTheme === true) return "dark";
  return bg && luminance(bg) < 0.2 ? "dark" : "light";
}

const BASE: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

// Text of every weight the pane uses must stay readable on Office's background.
const TEXT_TOKENS = [
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "colorNeutralForeground3",
] as const;

export function themeFrom(office: OfficeColours | undefined, forcedColors = false): Theme {
  const kind = themeKind(office, forcedColors);
  const base = BASE[kind];
  if (!office || kind === "highContrast") return base;
  const bg = colour(office.bodyBackgroundColor);
  const fg = colour(office.bodyForegroundColor);
  const theme: Theme = { ...base };
  // Office's background only where the theme's text stays at 4.5:1 on it; its text colour likewise.
  if (bg && TEXT_TOKENS.every((t) => contrast(base[t], bg) >= 4.5)) theme.colorNeutralBackground1 = bg;
  if (fg && contrast(fg, theme.colorNeutralBackground1) >= 4.5) theme.colorNeutralForeground1 = fg;
  return theme;
}
