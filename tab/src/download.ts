import { apiUrl, type Credentials } from "./api-client";
import { networkMessage } from "./network-error";

/**
 * Downloads a file of the tab API with the caller's credentials (a plain link could not send them) under
 * the name the server gives in `Content-Disposition`.
 */
export async function downloadFile(credentials: Credentials, language: "sv" | "en", path: string, fallbackName: string): Promise<void> {
  const headers = new Headers({ "Accept-Language": language });
  if (credentials.kind === "sso") headers.set("Authorization", `Bearer ${await credentials.token()}`);
  else headers.set("X-Dev-User", credentials.aadObjectId);
  let response: Response;
  try {
    response = await fetch(apiUrl(credentials, path), { headers });
  } catch {
    throw new Error(networkMessage(language));
  }
  if (!response.ok) throw new Error(((await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined)?.error?.message ?? response.statusText);
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = (utf8 ? decodeURIComponent(utf8) : undefined) ?? /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
