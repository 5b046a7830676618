import type { Request, Response, Server } from "restify";

/** Something the bot sent, replaced or deleted through the dev chat's connector, in order. */
export interface OutboxEntry {
  seq: number;
  kind: "send" | "update" | "delete";
  conversationId: string;
  activityId: string;
  activity?: Record<string, unknown>;
}

const MAX_ENTRIES = 1000;

/**
 * A stand-in for the Bot Connector at `<base>/v3/…` for the local chat page: conversations started in the
 * page carry it as their `serviceUrl`, so the bot's proactive messages, card updates and deletions land in
 * an outbox that the page polls at `<base>/outbox?after=<seq>`. Local mode is one process, so the outbox
 * lives in memory; only the last MAX_ENTRIES are kept.
 */
export function registerDevConnector(server: Server, base: string): void {
  const outbox: OutboxEntry[] = [];
  let seq = 0;
  const record = (kind: OutboxEntry["kind"], req: Request, activityId?: string): OutboxEntry => {
    seq += 1;
    const entry: OutboxEntry = { seq, kind, conversationId: req.params.conversationId, activityId: activityId ?? `dev-${seq}` };
    if (kind !== "delete") entry.activity = req.body;
    outbox.push(entry);
    if (outbox.length > MAX_ENTRIES) outbox.shift();
    return entry;
  };
  const send = async (req: Request, res: Response) => {
    res.send(200, { id: record("send", req).activityId });
  };

  server.post(`${base}/v3/conversations`, async (_req, res) => {
    seq += 1;
    res.send(200, { id: `a:dev-${seq}` });
  });
  server.post(`${base}/v3/conversations/:conversationId/activities`, send);
  server.post(`${base}/v3/conversations/:conversationId/activities/:activityId`, send);
  server.put(`${base}/v3/conversations/:conversationId/activities/:activityId`, async (req, res) => {
    res.send(200, { id: record("update", req, req.params.activityId).activityId });
  });
  server.del(`${base}/v3/conversations/:conversationId/activities/:activityId`, async (req, res) => {
    record("delete", req, req.params.activityId);
    res.send(200, {});
  });
  server.get(`${base}/outbox`, async (req, res) => {
    const after = Number(req.query?.after ?? 0) || 0;
    res.send(200, { entries: outbox.filter((e) => e.seq > after), last: seq });
  });
}
