import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os"; import { join } from "node:path";
const port = 39000 + Math.floor(Math.random()*1000);
const cwd = mkdtempSync(join(tmpdir(), "st-"));
const t0 = performance.now();
const env = { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: "info", ...(process.argv[2]==="prod" ? { BOT_ID: "00000000-0000-0000-0000-000000000001", BOT_PASSWORD: "x", STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" } : {}) };
const child = spawn(process.execPath, ["/work/wt-perf-load/dist/bot/src/index.js"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
let out=""; child.stdout.on("data", d => out += d); child.stderr.on("data", d => out += d);
const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, "utf8").replace(/^.*\) /, "").split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
for (;;) { try { const r = await fetch(`http://127.0.0.1:${port}/healthz`); console.log("healthz", r.status, Math.round(performance.now()-t0), "ms wall", cpu(), "ms cpu"); break; } catch {} if (child.exitCode !== null) { console.log(out); process.exit(1);} await new Promise(r=>setTimeout(r,5)); }
child.kill(); 
console.log(out.split("\n").filter(l=>/bot loaded|error/i.test(l)).join("\n"));
