import { Button, MessageBar, MessageBarBody, Title2 } from "@fluentui/react-components";
import { useEffect, useState } from "react";

interface DevUser {
  aadObjectId: string;
  displayName: string;
  organisation?: string;
  role: string;
}

/** Dev mode (outside Teams, server without bot app id): choose which demo user to be. */
export function DevUserPicker(props: { language: "sv" | "en"; onChoose: (aadObjectId: string) => void }) {
  const [users, setUsers] = useState<DevUser[]>();
  const [error, setError] = useState<string>();
  const sv = props.language === "sv";
  useEffect(() => {
    fetch("/api/v1/dev/users")
      .then(async (r) => (r.ok ? setUsers((await r.json()).users) : setError(sv ? "Utvecklingsläget är avstängt på servern. Öppna appen i Teams." : "Dev mode is off on this server. Open the app in Teams.")))
      .catch(() => setError(sv ? "Servern svarar inte." : "The server does not answer."));
  }, [sv]);
  return (
    <section aria-labelledby="dev-title">
      <MessageBar intent="warning">
        <MessageBarBody>{sv ? "Utvecklingsläge: inte i Teams. Välj en demoanvändare." : "Dev mode: not in Teams. Choose a demo user."}</MessageBarBody>
      </MessageBar>
      <Title2 as="h1" id="dev-title">{sv ? "Vem är du?" : "Who are you?"}</Title2>
      {error ? <p role="alert">{error}</p> : null}
      <ul style={{ listStyle: "none", padding: 0 }}>
        {users?.map((u) => (
          <li key={u.aadObjectId} style={{ margin: "4px 0" }}>
            <Button onClick={() => props.onChoose(u.aadObjectId)}>{`${u.displayName}, ${u.organisation ?? ""} (${u.role})`}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
