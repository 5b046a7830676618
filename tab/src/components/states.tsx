import { Button, makeStyles, shorthands, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ApiError } from "../api-client";
import { useText } from "../i18n";

const text = {
  sv: { retry: "Försök igen", failed: "Det gick inte att hämta", forbidden: "Det här får du inte göra" },
  en: { retry: "Try again", failed: "Could not load", forbidden: "You may not do this" },
};

/** An error from the server or the network, with the server's own message and an optional retry. */
export function ErrorBar(props: { error: Error; onRetry?: () => void; title?: string }) {
  const t = useText(text);
  const status = props.error instanceof ApiError ? props.error.status : 0;
  return (
    <MessageBar intent={status === 403 ? "warning" : "error"} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? (status === 403 ? t.forbidden : t.failed)}</MessageBarTitle>
        {props.error.message}
      </MessageBarBody>
      {props.onRetry ? (
        <MessageBarActions>
          <Button size="small" onClick={props.onRetry}>{t.retry}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

const useStyles = makeStyles({
  loading: { display: "flex", alignItems: "center", justifyContent: "center", gap: tokens.spacingHorizontalS, padding: "24px", color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase300 },
  spinner: {
    width: "20px", height: "20px", boxSizing: "border-box", borderRadius: tokens.borderRadiusCircular, flexShrink: 0,
    border: `2px solid ${tokens.colorBrandStroke2}`, borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: "rotate(0deg)" }, to: { transform: "rotate(360deg)" } }, animationDuration: "0.9s", animationIterationCount: "infinite", animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
    "@media (forced-colors: active)": { ...shorthands.borderColor("CanvasText"), borderTopColor: "Highlight" },
  },
});

/**
 * A centred spinner with a label for screen readers and eyes. Drawn with CSS (the first screens show it,
 * and Fluent's Spinner would add its code to the first load); announced politely as a status.
 */
export function Loading(props: { label: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.loading}>
      <span className={styles.spinner} aria-hidden="true" />
      <span>{props.label}</span>
    </div>
  );
}
