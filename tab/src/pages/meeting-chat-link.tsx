import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { LinkDismissRegular } from "@fluentui/react-icons";
import type { MeetingDetail } from "../../../bot/src/api/contract";
import { chatIdOfJoinUrl } from "../../../bot/src/domain/teams-meeting-ids";
import { callApiWithEtag } from "../api-client";
import { ErrorBar } from "../components/states";
import { useLanguage, useText } from "../i18n";
import { useSession } from "../session";
import { useAdminAction } from "./admin/use-admin-action";

const text = {
  sv: {
    heading: "Mötets chatt i Teams",
    linkedByUrl: "Närvarokortet, rundan och protokollet går till chatten i mötets Teams-länk.",
    linkedByUse: "Närvarokortet, rundan och protokollet går till den Teams-chatt där mötet användes första gången.",
    notLinked: "Mötet är inte kopplat till någon chatt. Lägg in mötets Teams-länk under Ändra mötet, eller låt ordföranden skriva närvaro i mötets chatt.",
    unlink: "Koppla bort chatten", unlinkHint: "Gör det om korten hamnar i fel chatt; ändra sedan Teams-länken.", failed: "Det gick inte att koppla bort chatten",
  },
  en: {
    heading: "The meeting's chat in Teams",
    linkedByUrl: "The roll call card, the round and the minutes go to the chat of the meeting's Teams link.",
    linkedByUse: "The roll call card, the round and the minutes go to the Teams chat where the meeting was first used.",
    notLinked: "The meeting is not linked to a chat. Add the meeting's Teams link under Change the meeting, or have the chair type roll call in the meeting chat.",
    unlink: "Unlink the chat", unlinkHint: "Do this if the cards go to the wrong chat; then change the Teams link.", failed: "The chat could not be unlinked",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
});

/** The coordinator sees which chat the meeting's cards go to, and can remove a wrong link. */
export function MeetingChatLink(props: { meeting: MeetingDetail; onChanged: (meeting: MeetingDetail) => void }) {
  const t = useText(text);
  const styles = useStyles();
  const language = useLanguage();
  const { credentials } = useSession();
  const { busy, error, run } = useAdminAction();
  const { meeting } = props;
  const path = `/meetings/${encodeURIComponent(meeting.id)}`;
  const linked = Boolean(meeting.chatConversationId);
  const byUrl = linked && chatIdOfJoinUrl(meeting.joinUrl) === meeting.chatConversationId;

  const unlink = () => run(async () => {
    const { etag } = await callApiWithEtag<MeetingDetail>(credentials, language, path);
    const { body } = await callApiWithEtag<MeetingDetail>(credentials, language, `${path}/chat-link`, { method: "DELETE", headers: etag ? { "If-Match": etag } : undefined });
    props.onChanged(body);
  });

  return (
    <section className={styles.root} aria-label={t.heading} data-chat-link={linked ? "linked" : "none"}>
      <Body1><strong>{t.heading}</strong></Body1>
      <Body1>{linked ? (byUrl ? t.linkedByUrl : t.linkedByUse) : t.notLinked}</Body1>
      {linked ? (
        <>
          <Button size="small" icon={<LinkDismissRegular />} disabled={busy} onClick={() => void unlink()}>{t.unlink}</Button>
          <Caption1>{t.unlinkHint}</Caption1>
        </>
      ) : null}
      {error ? <ErrorBar error={error} title={t.failed} /> : null}
    </section>
  );
}
