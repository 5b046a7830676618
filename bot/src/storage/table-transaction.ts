import { randomUUID } from "node:crypto";
import { createHttpHeaders, createPipelineRequest, RestError, type HttpClient } from "@azure/core-rest-pipeline";
import type { TableClient, TableTransactionResponse, TransactionAction } from "@azure/data-tables";

// An entity group transaction as Table Storage documents it ("Performing entity group transactions"): one
// multipart/mixed POST to $batch holding one changeset of sub-requests, answered in their order. The body is
// byte for byte what @azure/data-tables 13 sends; its submitTransaction also builds a new TableClient and runs
// every action through a pipeline of its own to assemble it, which took more CPU than the app's whole check-in.

const CRLF = "\r\n";

type EdmValue = string | number | boolean | null | undefined;

// The property types the app stores (strings, numbers, booleans); anything else is refused rather than guessed.
function entityJson(entity: Record<string, unknown>): string {
  const out: Record<string, EdmValue> = {};
  for (const [name, value] of Object.entries(entity)) {
    const key = name === "partitionKey" ? "PartitionKey" : name === "rowKey" ? "RowKey" : name;
    if (value !== null && value !== undefined && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new TypeError(`transaction: property ${name} is of a type the app does not store (${typeof value})`);
    }
    out[key] = value;
  }
  return JSON.stringify(out);
}

// A key in an entity's address: quotes doubled (OData), then URL-encoded as the SDK does.
const keyInUrl = (key: unknown) => encodeURIComponent(String(key).replace(/'/g, "''"));

function subRequest(tableUrl: string, changeset: string, action: TransactionAction): string {
  const [kind, entity] = action;
  const address = `${tableUrl}(PartitionKey='${keyInUrl(entity.partitionKey)}',RowKey='${keyInUrl(entity.rowKey)}')`;
  const lines = [`--${changeset}`, "content-type: application/http", "content-transfer-encoding: binary", ""];
  if (kind === "create") {
    lines.push(`POST ${tableUrl} HTTP/1.1`, "Content-Type: application/json;odata=nometadata", "Accept: application/json;odata=minimalmetadata", "DataServiceVersion: 3.0", "Prefer: return-no-content");
  } else if (kind === "delete") {
    lines.push(`DELETE ${address} HTTP/1.1`, "Accept: application/json;odata=minimalmetadata", "DataServiceVersion: 3.0", "If-Match: *");
  } else {
    // update (If-Match: the eTag given, else any) and upsert (no If-Match): Replace is PUT, Merge is PATCH.
    const mode = action[2] ?? "Merge";
    lines.push(`${mode === "Replace" ? "PUT" : "PATCH"} ${address} HTTP/1.1`, "Content-Type: application/json", "DataServiceVersion: 3.0", "Accept: application/json");
    if (kind === "update") lines.push(`If-Match: ${action[3]?.etag ?? "*"}`);
  }
  lines.push("", "");
  return kind === "delete" ? lines.join(CRLF) : `${lines.join(CRLF)}${CRLF}${entityJson(entity as Record<string, unknown>)}`;
}

/**
 * Where a transaction goes and what its sub-requests name, from a table client's account URL: a SAS token in
 * that URL (a connection string with a shared access signature) goes after `$batch` and never into a
 * sub-request, as the SDK does it.
 */
export function transactionUrls(accountUrl: string, tableName: string): { tableUrl: string; batchUrl: string } {
  const [base = "", sas] = accountUrl.split("?", 2);
  const account = base.replace(/\/$/, "");
  return { tableUrl: `${account}/${tableName}`, batchUrl: `${account}/$batch${sas ? `?${sas}` : ""}` };
}

/** The body of a transaction of `actions` on the table at `tableUrl`, with its batch boundary. */
export function transactionBody(tableUrl: string, actions: readonly TransactionAction[], ids: { batch: string; changeset: string } = { batch: randomUUID(), changeset: randomUUID() }): { body: string; boundary: string } {
  const batch = `batch_${ids.batch}`;
  const changeset = `changeset_${ids.changeset}`;
  const parts = [`--${batch}${CRLF}content-type: multipart/mixed; boundary=${changeset}${CRLF}${CRLF}`, ...actions.map((action) => subRequest(tableUrl, changeset, action))];
  return { body: `${parts.join(CRLF)}${CRLF}--${changeset}--${CRLF}--${batch}--${CRLF}`, boundary: batch };
}

// The service's error in a body ({"odata.error": {code, message}}), thrown as the SDK throws it.
function failure(body: string, status: number, request: ReturnType<typeof createPipelineRequest>): RestError {
  let parsed: { "odata.error"?: { code?: string; message?: { value?: string } } } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // not JSON: a plain failure
  }
  return new RestError(parsed["odata.error"]?.message?.value ?? "Transaction Failed", { code: parsed["odata.error"]?.code, statusCode: status, request });
}

/**
 * Sends the actions (all of one partition, at most 100) as one entity group transaction through the table
 * client's own pipeline (its credential, retries, timeouts and observers) and `httpClient`. Resolves with each
 * sub-request's status and eTag in the order of the actions; a refused sub-request rejects with a RestError
 * carrying its status (409 taken, 412 changed, 404 missing), as the SDK's submitTransaction does.
 */
export async function submitTransaction(client: TableClient, httpClient: HttpClient, actions: readonly TransactionAction[]): Promise<TableTransactionResponse> {
  const { tableUrl, batchUrl } = transactionUrls(client.url, client.tableName);
  const { body, boundary } = transactionBody(tableUrl, actions);
  const request = createPipelineRequest({
    url: batchUrl,
    method: "POST",
    body,
    headers: createHttpHeaders({
      accept: "application/json",
      "x-ms-version": "2019-02-02",
      DataServiceVersion: "3.0;",
      MaxDataServiceVersion: "3.0;NetFx",
      "Content-Type": `multipart/mixed; boundary=${boundary}`,
    }),
    allowInsecureConnection: client.url.startsWith("http:"),
  });
  const response = await client.pipeline.sendRequest(httpClient, request);
  const text = response.bodyAsText ?? "";
  if (response.status < 200 || response.status >= 300) throw failure(text, response.status, request);
  const subResponses = text.split("--changesetresponse_").slice(1, -1).map((part) => {
    const status = Number(/HTTP\/1\.1 (\d+)/.exec(part)?.[1]);
    if (!Number.isInteger(status)) throw new RestError(`Transaction answer without a status: ${part.slice(0, 200)}`, { statusCode: response.status, request });
    const error = /\{(.*)\}/.exec(part);
    if (error) throw failure(error[0], status, request);
    const etag = /ETag: (.*)/.exec(part)?.[1]?.trim();
    const rowKey = /RowKey='(.*)'/.exec(part)?.[1];
    return { status, ...(rowKey !== undefined ? { rowKey } : {}), ...(etag !== undefined ? { etag } : {}) };
  });
  return { status: response.status, subResponses, getResponseForEntity: (rowKey: string) => subResponses.find((r) => r.rowKey === rowKey) };
}
