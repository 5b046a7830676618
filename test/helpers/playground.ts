import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import WebSocket from "ws";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { freePort } from "./free-port";

const ROOT = join(__dirname, "..", "..");
const CONFIG_PATH = join(ROOT, ".m365agentsplayground.yml");
const INSTALL_HINT =
  "Microsoft 365 Agents Playground could not start. It is the devDependency @microsoft/m365agentsplayground (0.2.28): run `npm ci` in the project.";

/** A person of `.m365agentsplayground.yml`. */
export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/** The checked-in Playground configuration: the bot, the current user, the other users and the two chats. */
export interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
}

/** Reads `.m365agentsplayground.yml`. */
export function playgroundConfig(): PlaygroundConfig {
  return parse(readFileSync(CONFIG_PATH, "utf8")) as PlaygroundConfig;
}

/** A message as the Playground holds it (what its page renders). */
export interface PlaygroundMessage {
  messageId: string;
  from: { id: string };
  text?: string;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
}

/** One event of the Playground's conversation stream: a bot message created or updated in a chat. */
export interface StreamEvent {
  action: string;
  actionConversationId: string;
  message: PlaygroundMessage;
}

/** One entry of the Playground's log stream: an activity between it and the bot, with both bodies. */
export interface LogEntry {
  from?: string;
  to?: string;
  conversationId?: string;
  activityName?: string;
  type?: string;
  displayText?: string;
  request?: { body?: Record<string, unknown> };
  response?: { statusCode?: number; body?: unknown };
}

function waitForListening(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${INSTALL_HINT}\nNo "Listening" within 30 s. Output:\n${output()}`)), 30_000);
    const check = () => {
      if (/Listening on \d+/.test(output())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${INSTALL_HINT}\n${error.message}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${INSTALL_HINT}\nIt exited with code ${code}. Output:\n${output()}`));
    });
  });
}

function openSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

/**
 * The Microsoft 365 Agents Playground as a child process on a free port, pointed at a bot endpoint, driven
 * through its own HTTP API (messages, card invokes, custom activities) and watched through its conversation
 * and log WebSockets.
 */
export class Playground {
  readonly events: StreamEvent[] = [];
  readonly logs: LogEntry[] = [];
  private readonly messages = new Map<string, PlaygroundMessage>();
  private sockets: WebSocket[] = [];

  private constructor(readonly url: string, readonly config: PlaygroundConfig, private readonly child: ChildProcess) {}

  /** Starts the Playground for the bot at `botUrl`; fails with what to install when it cannot start. */
  static async start(botUrl: string): Promise<Playground> {
    let cli: string;
    try {
      cli = require.resolve("@microsoft/m365agentsplayground/cli.js");
    } catch {
      throw new Error(INSTALL_HINT);
    }
    const port = await freePort();
    const child = spawn(process.execPath, [cli, "-e", `${botUrl}/api/messages`, "-c", "msteams", "-p", String(port), "--disable-telemetry"], {
      env: { ...process.env, M365_AGENTS_PLAYGROUND_CONFIG_PATH: CONFIG_PATH, APPLICATION_INSIGHTS_NO_STATSBEAT: "true", TEAMSAPPTESTER_BROWSER: "none" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitForListening(child, () => output);
    } catch (error) {
      child.kill();
      throw error;
    }
    const playground = new Playground(`http://127.0.0.1:${port}`, playgroundConfig(), child);
    await playground.connect();
    return playground;
  }

  private async connect(): Promise<void> {
    const ws = this.url.replace("http", "ws");
    const stream = await openSocket(`${ws}/_ws_conversation/v1/conversations/stream`);
    stream.on("message", (data) => {
      const event = JSON.parse(String(data)) as StreamEvent;
      this.events.push(event);
      if (event.message?.messageId) this.messages.set(event.message.messageId, { ...this.messages.get(event.message.messageId), ...event.message });
    });
    const log = await openSocket(`${ws}/_ws/log/stream`);
    log.on("message", (data) => {
      const entry = JSON.parse(String(data)) as { logAction?: string; log?: LogEntry };
      if (entry.log) this.logs.push(entry.log);
    });
    this.sockets = [stream, log];
  }

  /** Stops the Playground. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.close();
    if (this.child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.kill();
    });
  }

  /** The user of the configuration with that name. */
  user(name: string): PlaygroundUser {
    const user = [this.config.currentUser, ...this.config.users].find((u) => u.name === name);
    if (!user) throw new Error(`${name} is not in .m365agentsplayground.yml`);
    return user;
  }

  /** The message as the Playground holds it now (after every update it received). */
  message(messageId: string): PlaygroundMessage {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`the Playground has no bot message ${messageId}`);
    return message;
  }

  /** Waits until an event matching the predicate has arrived (looking from `from` on). */
  async waitForEvent(predicate: (event: StreamEvent) => boolean, from = 0, timeoutMs = 10_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message from the bot within ${timeoutMs} ms; received: ${JSON.stringify(this.events.slice(from)).slice(0, 2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Lets the bot's sends after a turn arrive: waits until nothing new came for `quietMs`. */
  async settle(quietMs = 250): Promise<void> {
    let count = -1;
    while (count !== this.events.length + this.logs.length) {
      count = this.events.length + this.logs.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
  }

  /**
   * A user writes in a chat (in the group chat with the bot @mentioned, as Teams requires); resolves when the
   * bot has answered the activity, with the stream events of that turn.
   */
  async say(chatId: string, user: PlaygroundUser, text: string): Promise<StreamEvent[]> {
    const group = chatId === this.config.groupChat.id;
    const mention = `<at>${this.config.bot.name}</at>`;
    const body = group
      ? { from: { id: user.id }, text: `${mention} ${text}`, textFormat: "plain", mentions: [{ mentioned: { id: this.config.bot.id }, text: mention }] }
      : { from: { id: user.id }, text, textFormat: "plain" };
    const events = this.events.length;
    const logs = this.logs.length;
    await this.post(`/_conversation/v1/conversations/${encodeURIComponent(chatId)}/messages`, body);
    await this.waitForTurn(logs, (entry) => entry.request?.body?.type === "message" && String(entry.request.body.text ?? "").endsWith(text));
    await this.settle();
    return this.events.slice(events);
  }

  /**
   * A user presses an Action.Execute button of a bot message, with the card's inputs: resolves with the
   * invoke response, after the Playground has put the answered card into the message and the bot's other
   * sends of that turn arrived.
   */
  async press(chatId: string, user: PlaygroundUser, messageId: string, verb: string, data: Record<string, unknown>): Promise<{ type?: string; value?: unknown }> {
    const response = await this.post("/_conversation/v1/invoke", {
      name: "adaptiveCard/action",
      from: { id: user.id },
      conversation: { id: chatId },
      replyToId: messageId,
      value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
    });
    // The Playground's server puts the invoke answer into the message once the bot answered, after every
    // update the bot sent during the turn: the same order here, whatever order the two sockets deliver in.
    await this.settle();
    const answered = response as { type?: string; value?: Record<string, unknown> };
    const message = this.messages.get(messageId);
    if (message?.attachments?.length === 1 && answered.value) message.attachments = [{ ...message.attachments[0]!, content: answered.value }];
    return answered;
  }

  /** Sends an activity as given (the Playground's custom activity), and waits for the bot's answer to it. */
  async custom(activity: Record<string, unknown>): Promise<StreamEvent[]> {
    const events = this.events.length;
    const logs = this.logs.length;
    await this.post("/_internal/v1/customActivities", activity);
    await this.waitForTurn(logs, (entry) => entry.request?.body?.id === activity.id);
    await this.settle();
    return this.events.slice(events);
  }

  /** What the Playground does when its page opens a chat: the installation and conversation updates. */
  async install(chatId: string): Promise<void> {
    const logs = this.logs.length;
    await this.post(`/_debug/conversation/${encodeURIComponent(chatId)}/installation`, {});
    await this.waitForTurn(logs, (entry) => entry.request?.body?.type === "installationUpdate");
    await this.settle();
  }

  /** Activities the Playground sent to the bot (as logged, with the bot's HTTP answer). */
  sentToBot(from = 0): LogEntry[] {
    return this.logs.slice(from).filter((entry) => entry.to === "User Application" && entry.request?.body);
  }

  private async waitForTurn(from: number, predicate: (entry: LogEntry) => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.sentToBot(from).some((entry) => predicate(entry) && entry.response)) {
      if (Date.now() > deadline) throw new Error(`the bot did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`Playground ${path} answered ${response.status}: ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}

/** Every text of a card (TextBlocks, FactSet titles and values, action titles), one per line. */
export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    if (element.type === "TextBlock" && typeof element.text === "string") texts.push(element.text);
    if (element.type === "FactSet" && Array.isArray(element.facts)) {
      for (const fact of element.facts as { title: string; value: string }[]) texts.push(`${fact.title}: ${fact.value}`);
    }
    if (typeof element.type === "string" && element.type.startsWith("Action.") && typeof element.title === "string") texts.push(`[${element.title}]`);
    for (const [key, value] of Object.entries(element)) if (key !== "refresh") walk(value);
  };
  walk(card);
  return texts;
}

/** The card of a Playground message, if it has one. */
export function cardOf(message: PlaygroundMessage | undefined): Record<string, unknown> | undefined {
  return message?.attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive")?.content;
}

/** An Action.Execute of a card (also inside Action.ShowCard), found by its title as the Playground shows it. */
export function executeAction(card: unknown, title: string | RegExp): { verb: string; data: Record<string, unknown> } {
  const found: { verb: string; data: Record<string, unknown>; title: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const element = node as Record<string, unknown>;
    if (element.type === "Action.Execute") found.push({ verb: String(element.verb), data: (element.data ?? {}) as Record<string, unknown>, title: String(element.title) });
    for (const [key, value] of Object.entries(element)) if (key !== "refresh") walk(value);
  };
  walk(card);
  const action = found.find((a) => (typeof title === "string" ? a.title === title : title.test(a.title)));
  if (!action) throw new Error(`no button "${title}" on the card; buttons: ${found.map((a) => a.title).join(", ")}`);
  return action;
}
