import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { upcomingMeeting, UPCOMING_MEETING_CHAT_ID } from "../../../bot/src/demo/demo-meetings";
import { demoMember } from "../../../bot/src/demo/demo-network";
import { chatIdOfJoinUrl } from "../../../bot/src/domain/teams-meeting-ids";
import { freePort } from "../../helpers/free-port";

interface PlaygroundSetup {
  config: { currentUser: { name: string; aadObjectId: string }; users: { name: string; aadObjectId: string }[]; personalChat: { id: string }; groupChats: { id: string }[] };
}

// `npm run playground` as a user starts it: the script, the checked-in configuration, offline.
describe("npm run playground", function () {
  this.timeout(40_000);
  let child: ChildProcess;
  let output = "";
  after(async () => {
    if (child && child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve).kill("SIGINT"));
  });

  it("starts the Playground for the local bot as the demo coordinator with five demo members and the upcoming meeting's chat", async () => {
    const port = await freePort();
    child = spawn(process.execPath, [join(__dirname, "..", "..", "..", "scripts", "playground.mjs")], { env: { ...process.env, PLAYGROUND_PORT: String(port), PORT: "3978" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let setup: PlaygroundSetup | undefined;
    for (let i = 0; i < 150 && !setup; i += 1) {
      if (child.exitCode !== null) assert.fail(`the Playground exited (run npm ci: it is the devDependency @microsoft/m365agentsplayground): ${output}`);
      setup = await fetch(`http://127.0.0.1:${port}/_internal/v1/config`).then((r) => (r.ok ? (r.json() as Promise<PlaygroundSetup>) : undefined), () => undefined);
      if (!setup) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(setup, `no Playground on port ${port}: ${output}`);
    assert.deepEqual(setup.config.currentUser.aadObjectId, demoMember("Johan Berg").aadObjectId);
    assert.equal(setup.config.users.length, 5);
    for (const user of setup.config.users) assert.equal(user.aadObjectId, demoMember(user.name).aadObjectId, user.name);
    assert.deepEqual(setup.config.groupChats.map((c) => c.id), [UPCOMING_MEETING_CHAT_ID]);
    assert.equal(chatIdOfJoinUrl(upcomingMeeting(new Date()).joinUrl), UPCOMING_MEETING_CHAT_ID);
    assert.match(output, /Listening on/);
  });
});
