import type { LocalisedText } from "../domain/errors";

/** A text command the bot understands, with its Swedish and English spellings. */
export interface BotCommand {
  /** Spellings, Swedish first; matched case-insensitively against the whole message. */
  words: string[];
  /** What it does, for the help card. */
  description: LocalisedText;
  /** Where it works. */
  where: "personal" | "meeting" | "anywhere";
}

/** Builds a regular expression matching any spelling of a command as the whole message. */
export function commandPattern(command: BotCommand): RegExp {
  const escaped = command.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`^\\s*(?:${escaped.join("|")})\\s*[.!]?\\s*$`, "iu");
}

/** The commands of the help card, in the order shown. */
export class CommandRegistry {
  private readonly commands: BotCommand[] = [];

  /** Adds a command and returns the pattern that matches it. */
  add(command: BotCommand): RegExp {
    this.commands.push(command);
    return commandPattern(command);
  }

  /** Every registered command. */
  all(): readonly BotCommand[] {
    return this.commands;
  }
}
