import { AdaptiveCard, ExecuteAction, OpenUrlAction, SubmitAction, type Action } from "adaptivecards";

/** What the page does when a button on a card is pressed. */
export interface CardActions {
  execute(verb: string, data: unknown): void;
  submit(data: unknown): void;
}

/** Renders an Adaptive Card (up to 1.5) with the adaptivecards library; buttons call back. */
export function renderCard(json: unknown, actions: CardActions): HTMLElement {
  const card = new AdaptiveCard();
  card.onExecuteAction = (action: Action) => {
    if (action instanceof ExecuteAction) actions.execute(action.verb, action.data);
    else if (action instanceof SubmitAction) actions.submit(action.data);
    else if (action instanceof OpenUrlAction && action.url) window.open(action.url, "_blank", "noopener");
  };
  card.parse(json);
  const element = card.render();
  if (!element) {
    const fallback = document.createElement("pre");
    fallback.textContent = JSON.stringify(json, null, 2);
    return fallback;
  }
  return element;
}
