import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
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

/** A centred spinner with a label for screen readers and eyes. */
export function Loading(props: { label: string }) {
  return <Spinner size="small" label={props.label} style={{ padding: 24 }} />;
}
