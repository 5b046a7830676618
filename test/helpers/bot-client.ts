/** What the server answered to one activity. */
export interface BotResponse {
  status: number;
  body: unknown;
  /** With `deliveryMode: "expectReplies"`: the replies. */
  replies: Record<string, unknown>[];
}

/** POSTs an activity to `/api/messages` as the Bot Connector would, and reads the answer. */
export async function sendActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<BotResponse> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof activity === "string" ? activity : JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  const replies = (body as { activities?: Record<string, unknown>[] } | undefined)?.activities ?? [];
  return { status: response.status, body, replies };
}

/** The Adaptive Card content of the first card attachment of a reply, if any. */
export function cardOf(reply: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const attachments = (reply?.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined) ?? [];
  return attachments.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content;
}

/** Every object in a card, depth first (actions inside Action.ShowCard included). */
export function cardNodes(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(cardNodes);
  if (!node || typeof node !== "object") return [];
  return [node as Record<string, unknown>, ...Object.values(node).flatMap(cardNodes)];
}

/** An action of a card as the tests read it. */
export interface CardAction {
  type: string;
  verb?: string;
  data?: Record<string, unknown>;
  fallback?: Record<string, unknown>;
  title: string;
  url?: string;
}

/** Every action of a card, in order, nested ones included; an action's `Action.Submit` fallback is not counted twice. */
export function cardActions(card: unknown): CardAction[] {
  const out: CardAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      if (typeof n.type === "string" && n.type.startsWith("Action.")) out.push(n as unknown as CardAction);
      for (const [key, value] of Object.entries(n)) if (key !== "fallback") walk(value);
    }
  };
  walk(card);
  return out;
}

/** Every text of a card (TextBlocks, facts, action titles), joined: handy for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === "string" && ["text", "title", "value", "label", "placeholder"].includes(key)) out.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return out.join("\n");
}
