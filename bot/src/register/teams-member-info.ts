import { TeamsInfo, type TurnContext } from "botbuilder";
import type { Logger } from "../logger";

/**
 * The sender's sign-in names as Teams' member info gives them (`email`, `userPrincipalName`), used only to
 * match an e-mail invitation; empty when the connector cannot say (then nobody is matched).
 */
export async function senderSignInNames(turn: TurnContext, logger: Logger): Promise<string[]> {
  try {
    const info = await TeamsInfo.getMember(turn, turn.activity.from.id);
    return [info.email, info.userPrincipalName].filter((v): v is string => typeof v === "string" && v.includes("@"));
  } catch (error) {
    logger.info({ err: error }, "member info not available");
    return [];
  }
}
