import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The card-like surface the pages use for items, forms and lists: raised on the canvas in light and dark,
 * outlined in high contrast (where shadows do not show).
 */
export const useSurfaceStyles = makeStyles({
  surface: {
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, minWidth: 0,
  },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});
