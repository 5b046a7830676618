import { teamsDarkTheme, teamsHighContrastTheme } from "@fluentui/react-components";

/** Teams' dark and high-contrast themes: a file of their own, fetched only when Teams (or ?theme=) asks for one. */
export const otherThemes = { dark: teamsDarkTheme, contrast: teamsHighContrastTheme };
