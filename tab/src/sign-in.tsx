import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { callApi, type Credentials } from "./api-client";
import type { DevUser, Me } from "../../bot/src/api/contract";
import { ErrorBar, Loading } from "./components/states";
import { OpenInTeams } from "./components/notices";
import { fetchDevUsers, rememberDevUser, rememberedDevUser } from "./dev/dev-mode";
import { getSsoToken, type HostInfo } from "./host/teams-host";
import { useLanguage, useText } from "./i18n";
import { chosenMembership, rememberedNetwork, rememberNetwork } from "./network-choice";
import { DevUserPicker, preloadDevBanner } from "./pages/lazy-pages";
import { navigate } from "./router";
import { apiCaller, SessionProvider, type Session } from "./session";
import { Shell } from "./shell";

const text = {
  sv: { signingIn: "Loggar in …", signInFailed: "Inloggningen misslyckades" },
  en: { signingIn: "Signing in …", signInFailed: "Sign-in failed" },
};

/**
 * In Teams: SSO. Outside Teams: dev mode with a demo-user picker when the server allows it (no bot id),
 * otherwise a message to open the app in Teams.
 */
export function SignIn(props: { host: HostInfo }) {
  const [devUsers, setDevUsers] = useState<DevUser[] | "off">();
  const [credentials, setCredentials] = useState<Credentials | undefined>(props.host.inTeams ? { kind: "sso", token: getSsoToken } : undefined);
  const [error, setError] = useState<Error>();

  useEffect(() => {
    if (props.host.inTeams) return;
    fetchDevUsers<DevUser>().then(
      (users) => {
        if (!users) return setDevUsers("off");
        setDevUsers(users);
        const remembered = rememberedDevUser();
        if (remembered && users.some((u) => u.aadObjectId === remembered)) setCredentials({ kind: "dev", aadObjectId: remembered });
      },
      (e: Error) => setError(e),
    );
  }, [props.host.inTeams]);

  const switchUser = useCallback(() => {
    rememberDevUser(undefined);
    setCredentials(undefined);
  }, []);

  if (error) return <ErrorBar error={error} />;
  if (credentials) return <Signed credentials={credentials} host={props.host} onSwitchUser={switchUser} />;
  if (devUsers === "off") return <OpenInTeams />;
  return (
    <DevUserPicker
      users={devUsers}
      onChoose={(user) => {
        rememberDevUser(user.aadObjectId);
        setCredentials({ kind: "dev", aadObjectId: user.aadObjectId });
      }}
    />
  );
}

function Signed(props: { credentials: Credentials; host: HostInfo; onSwitchUser: () => void }) {
  const t = useText(text);
  const language = useLanguage();
  const [networkId, setNetworkId] = useState(rememberedNetwork);
  const [me, setMe] = useState<Me>();
  const membership = me ? chosenMembership(me.memberships, networkId) : undefined;
  const credentials = useMemo<Credentials>(() => ({ ...props.credentials, networkId: membership?.network.id }), [props.credentials, membership?.network.id]);
  const call = useMemo(() => apiCaller(credentials, language), [credentials, language]);
  const chooseNetwork = useCallback((id: string) => {
    rememberNetwork(id);
    setNetworkId(id);
    navigate({ page: "meetings" });
  }, []);
  const [error, setError] = useState<Error>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setMe(undefined);
    setError(undefined);
    if (props.credentials.kind === "dev") preloadDevBanner();
    callApi<Me>(props.credentials, language, "/me").then(setMe, setError);
  }, [props.credentials, language, attempt]);
  const { host } = props;
  const session = useMemo<Session | undefined>(
    () => (me ? { credentials, inTeams: host.inTeams, teamsMeetingId: host.meetingId ?? host.chatId, me, membership, call, chooseNetwork } : undefined),
    [me, credentials, host, membership, call, chooseNetwork],
  );
  if (error) return <ErrorBar error={error} title={t.signInFailed} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!session) return <Loading label={t.signingIn} />;
  return (
    <SessionProvider value={session}>
      <Suspense fallback={<Loading label={t.signingIn} />}>
        <Shell onSwitchUser={props.credentials.kind === "dev" ? props.onSwitchUser : undefined} />
      </Suspense>
    </SessionProvider>
  );
}
