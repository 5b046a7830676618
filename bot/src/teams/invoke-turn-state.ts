import { TurnState } from "@microsoft/teams-ai";
import { ActivityTypes, type Storage, type TurnContext } from "botbuilder";

/**
 * Turn state that card actions keep in memory only: no feature keeps conversation or user state for an
 * invoke, so reading and writing it would be two or more storage calls each press for nothing. Other
 * activities load and save it from the bot's storage as before.
 */
export class InvokeTurnState extends TurnState {
  private stored = true;

  /** Loads the state, from storage unless the turn is an invoke. */
  override load(context: TurnContext, storage?: Storage): Promise<boolean> {
    this.stored = context.activity.type !== ActivityTypes.Invoke;
    return super.load(context, this.stored ? storage : undefined);
  }

  /** Saves what changed, to the storage it was loaded from (none for an invoke). */
  override save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, this.stored ? storage : undefined);
  }
}
