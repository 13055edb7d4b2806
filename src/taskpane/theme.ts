// Fluent's light theme, with Office's own colours laid over it where Office gives them.

import { webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const colour = (c: string | undefined) => (c && /^#[0-9a-f]{6}$/i.test(c) ? c : undefined);

export function themeFrom(office: OfficeColours | undefined): Theme {
  if (!office) return webLightTheme;
  const bg = colour(office.bodyBackgroundColor);
  const fg = colour(office.bodyForegroundColor);
  const ctlBg = colour(office.controlBackgroundColor);
  const ctlFg = colour(office.controlForegroundColor);
  return {
    ...webLightTheme,
    ...(bg ? { colorNeutralBackground1: bg } : {}),
    ...(fg ? { colorNeutralForeground1: fg } : {}),
    ...(ctlBg ? { colorNeutralBackground2: ctlBg } : {}),
    ...(ctlFg ? { colorNeutralForeground2: ctlFg } : {}),
  };
}
