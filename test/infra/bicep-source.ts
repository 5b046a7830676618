import { readFileSync } from "node:fs";

// Bicep can't be compiled here (no Bicep CLI from npm or Debian), so the tests read the files as text:
// this is a small scanner for the subset the project uses (no multi-line ''' strings).

/** A declaration with the text of its `{ … }` body, if it has one. */
export interface Declaration {
  name: string;
  /** Resource type, module path or parameter/output type. */
  kind: string;
  apiVersion?: string;
  body: string;
  /** For params: whether it has a default value. */
  hasDefault?: boolean;
}

/** A Bicep file with comments removed, its bracket/string problems, and its top-level declarations. */
export interface BicepSource {
  code: string;
  problems: string[];
  params: Declaration[];
  outputs: Declaration[];
  modules: Declaration[];
  resources: Declaration[];
}

const OPEN: Record<string, string> = { "{": "}", "[": "]", "(": ")" };

/** Removes comments and checks that brackets match and strings close, respecting `${…}` interpolation. */
export function scanBicep(text: string): { code: string; problems: string[] } {
  const stack: { open: string; line: number }[] = [];
  const problems: string[] = [];
  let code = "";
  let line = 1;
  const inString = () => stack.at(-1)?.open === "'";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") line += 1;
    if (inString()) {
      if (ch === "\n") problems.push(`line ${line - 1}: string not closed`);
      if (ch === "\\") {
        code += ch + (text[i + 1] ?? "");
        i += 1;
        continue;
      }
      if (ch === "'") stack.pop();
      else if (ch === "$" && text[i + 1] === "{") {
        stack.push({ open: "${", line });
        code += "${";
        i += 1;
        continue;
      }
      code += ch;
      continue;
    }
    if (text.startsWith("'''", i)) problems.push(`line ${line}: multi-line strings are not supported by this check`);
    if (text.startsWith("//", i)) {
      while (i < text.length && text[i] !== "\n") i++;
      i -= 1;
      continue;
    }
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      const skipped = text.slice(i, end < 0 ? text.length : end + 2);
      line += skipped.split("\n").length - 1;
      code += skipped.replace(/[^\n]/g, " ");
      i += skipped.length - 1;
      continue;
    }
    if (ch === "'") stack.push({ open: "'", line });
    else if (OPEN[ch]) stack.push({ open: ch, line });
    else if (ch === "}" && stack.at(-1)?.open === "${") stack.pop();
    else if (ch === "}" || ch === "]" || ch === ")") {
      const top = stack.pop();
      if (!top || OPEN[top.open] !== ch) problems.push(`line ${line}: '${ch}' does not match ${top ? `'${top.open}' of line ${top.line}` : "anything"}`);
    }
    code += ch;
  }
  for (const open of stack) problems.push(`line ${open.line}: '${open.open}' is never closed`);
  return { code, problems };
}

/** The text between the `{` at or after `from` and its matching `}`. */
export function blockAt(code: string, from: number): string {
  const start = code.indexOf("{", from);
  if (start < 0) return "";
  let depth = 0;
  let quoted = false;
  for (let i = start; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === "'" && code[i - 1] !== "\\") quoted = !quoted;
    if (quoted) continue;
    if (ch === "{") depth += 1;
    if (ch === "}" && --depth === 0) return code.slice(start + 1, i);
  }
  return code.slice(start + 1);
}

/** The keys of an object body (`key: value` lines at its top level). */
export function objectKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (const line of body.split("\n")) {
    const match = depth === 0 ? /^\s*('?)([\w$.{}-]+)\1\s*:/.exec(line) : null;
    if (match) keys.push(match[2]!);
    const unquoted = line.replace(/'(?:[^'\\]|\\.)*'/g, "''");
    depth += (unquoted.match(/[{[]/g) ?? []).length - (unquoted.match(/[}\]]/g) ?? []).length;
  }
  return keys;
}

/** The value expression of `key:` at the top level of an object body. */
export function propertyValue(body: string, key: string): string | undefined {
  return new RegExp(`^\\s*${key}:\\s*(.+?)\\s*$`, "m").exec(body)?.[1];
}

/** Reads and scans a Bicep file. */
export function readBicep(file: string): BicepSource {
  const { code, problems } = scanBicep(readFileSync(file, "utf8"));
  const declarations = (pattern: RegExp, make: (m: RegExpExecArray) => Declaration) => [...code.matchAll(pattern)].map((m) => make(m as RegExpExecArray));
  return {
    code,
    problems,
    params: declarations(/^param\s+(\w+)\s+(\w+)(\s*=)?/gm, (m) => ({ name: m[1]!, kind: m[2]!, body: "", hasDefault: Boolean(m[3]) })),
    outputs: declarations(/^output\s+(\w+)\s+(\w+)\s*=\s*(.*)$/gm, (m) => ({ name: m[1]!, kind: m[2]!, body: m[3]! })),
    modules: declarations(/^module\s+(\w+)\s+'([^']+)'\s*=/gm, (m) => ({ name: m[1]!, kind: m[2]!, body: blockAt(code, m.index) })),
    resources: declarations(/^resource\s+(\w+)\s+'([^'@]+)@([^']+)'\s*=/gm, (m) => ({ name: m[1]!, kind: m[2]!, apiVersion: m[3]!, body: blockAt(code, m.index) })),
  };
}
