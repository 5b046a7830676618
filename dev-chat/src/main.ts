import { BOT, conversationId, executeActivity, messageActivity, type ChatSetting, type DevUser } from "./activities";
import { renderCard } from "./card-view";

// The local chat page: talk to the bot as a demo user, in a 1:1 chat or a simulated meeting chat.
// Each conversation keeps its own log, so switching user or chat shows what that user would see.

interface BotActivity {
  id?: string;
  type?: string;
  text?: string;
  attachments?: { contentType?: string; content?: unknown }[];
}
interface OutboxEntry {
  seq: number;
  kind: "send" | "update" | "delete";
  conversationId: string;
  activityId: string;
  activity?: BotActivity;
}

const CARD = "application/vnd.microsoft.card.adaptive";
const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const userSelect = element<HTMLSelectElement>("user");
const conversationSelect = element<HTMLSelectElement>("conversation");
const meetingInput = element<HTMLInputElement>("meeting-id");
const localeSelect = element<HTMLSelectElement>("locale");
const log = element<HTMLElement>("log");
const textInput = element<HTMLInputElement>("text");

const logs = new Map<string, HTMLElement>();
const sentByBot = new Map<string, HTMLElement>();
let users: DevUser[] = [];

function setting(): ChatSetting {
  const user = users.find((u) => u.aadObjectId === userSelect.value) ?? users[0]!;
  return {
    user,
    conversation: conversationSelect.value === "meeting" ? "meeting" : "personal",
    meetingId: meetingInput.value.trim() || "dev-meeting",
    locale: localeSelect.value,
    serviceUrl: new URL("/dev/chat/connector/", location.href).href,
  };
}

function logOf(conversation: string): HTMLElement {
  let entries = logs.get(conversation);
  if (!entries) {
    entries = document.createElement("div");
    entries.className = "conversation";
    entries.style.display = "contents";
    logs.set(conversation, entries);
  }
  return entries;
}

function showCurrentConversation(): void {
  if (users.length > 0) log.replaceChildren(logOf(conversationId(setting())));
}

function addEntry(conversation: string, kind: "user" | "bot" | "error", who: string, ...content: Node[]): HTMLElement {
  const entry = document.createElement("div");
  entry.className = `entry ${kind}`;
  const label = document.createElement("div");
  label.className = "who";
  label.textContent = who;
  entry.append(label, ...content);
  logOf(conversation).append(entry);
  entry.scrollIntoView({ block: "end" });
  return entry;
}

function textNode(text: string): HTMLElement {
  const node = document.createElement("div");
  node.className = "text";
  node.textContent = text;
  return node;
}

/** Shows a card in its holder; a card that comes back from a button press replaces it there. */
function showCard(holder: HTMLElement, card: unknown, conversation: string, replyToId?: string): HTMLElement {
  holder.replaceChildren(renderCard(card, {
    execute: (verb, data) => void execute(conversation, verb, data, holder, replyToId),
    submit: (data) => void send("", data),
  }));
  return holder;
}

function cardNode(card: unknown, conversation: string, replyToId?: string): HTMLElement {
  const holder = document.createElement("div");
  holder.className = "card";
  return showCard(holder, card, conversation, replyToId);
}

function botContent(activity: BotActivity, conversation: string): Node[] {
  const parts: Node[] = [];
  if (activity.text) parts.push(textNode(activity.text));
  for (const attachment of activity.attachments ?? []) {
    parts.push(attachment.contentType === CARD ? cardNode(attachment.content, conversation, activity.id) : textNode(`[${attachment.contentType}]`));
  }
  return parts;
}

function showBotActivity(conversation: string, activity: BotActivity, note = ""): void {
  if (activity.type && activity.type !== "message") return;
  const entry = addEntry(conversation, "bot", `${BOT.name}${note}`, ...botContent(activity, conversation));
  if (activity.id) sentByBot.set(activity.id, entry);
}

async function post(activity: Record<string, unknown>): Promise<{ ok: boolean; status: number; body: Record<string, unknown> }> {
  const response = await fetch("/api/messages", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity) });
  const raw = await response.text();
  return { ok: response.ok, status: response.status, body: raw ? JSON.parse(raw) : {} };
}

function showError(conversation: string, status: number, body: Record<string, unknown>): void {
  const error = body.error as { message?: string } | undefined;
  addEntry(conversation, "error", `HTTP ${status}`, textNode(error?.message ?? JSON.stringify(body)));
}

async function send(text: string, value?: unknown): Promise<void> {
  const current = setting();
  const conversation = conversationId(current);
  addEntry(conversation, "user", current.user.displayName, textNode(text || "(kortets knapp)"));
  const { ok, status, body } = await post(messageActivity(current, text, value));
  if (!ok) return showError(conversation, status, body);
  for (const reply of (body.activities as BotActivity[] | undefined) ?? []) showBotActivity(conversation, reply);
}

async function execute(conversation: string, verb: string, data: unknown, holder: HTMLElement, replyToId?: string): Promise<void> {
  const { ok, status, body } = await post(executeActivity(setting(), verb, data, replyToId));
  if (!ok || Number(body.statusCode) >= 400) return showError(conversation, Number(body.statusCode) || status, body);
  if (body.type === CARD) showCard(holder, body.value, conversation, replyToId);
  else if (typeof body.value === "string") addEntry(conversation, "bot", BOT.name, textNode(body.value));
}

let lastSeq = 0;
async function pollOutbox(): Promise<void> {
  try {
    const response = await fetch(`/dev/chat/connector/outbox?after=${lastSeq}`);
    const { entries, last } = (await response.json()) as { entries: OutboxEntry[]; last: number };
    for (const entry of entries) {
      const existing = sentByBot.get(entry.activityId);
      if (entry.kind === "send" && entry.activity) showBotActivity(entry.conversationId, { ...entry.activity, id: entry.activityId });
      else if (entry.kind === "update" && existing && entry.activity) existing.replaceChildren(existing.firstChild!, ...botContent({ ...entry.activity, id: entry.activityId }, entry.conversationId));
      else if (entry.kind === "delete") existing?.remove();
    }
    lastSeq = last;
  } finally {
    setTimeout(() => void pollOutbox(), 1000);
  }
}

async function start(): Promise<void> {
  const response = await fetch("/api/v1/dev/users");
  if (!response.ok) {
    addEntry("none", "error", "Server", textNode("Ingen demoanvändare: servern kör inte i lokalt läge."));
    log.replaceChildren(logOf("none"));
    return;
  }
  users = ((await response.json()) as { users: DevUser[] }).users;
  userSelect.replaceChildren(...users.map((u) => new Option(`${u.displayName}, ${u.organisation ?? ""} (${u.role})`, u.aadObjectId)));
  for (const control of [userSelect, conversationSelect, meetingInput]) control.addEventListener("change", showCurrentConversation);
  element<HTMLFormElement>("compose").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = textInput.value.trim();
    if (!text) return;
    textInput.value = "";
    void send(text);
  });
  showCurrentConversation();
  void pollOutbox();
}

void start();
