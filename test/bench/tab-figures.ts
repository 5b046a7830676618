import { launchBrowser } from "../helpers/browser";
import { markdownTable } from "./markdown-table";
import { blankPageLoad, initialScriptSizes, meetingListLoads, meetingPageLoad, type TabLoad } from "./tab-load";

const INITIAL_GZIP_GOAL_BYTES = 150 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function fastest(loads: TabLoad[]): TabLoad {
  return loads.reduce((a, b) => (b.visibleMs < a.visibleMs ? b : a));
}

/**
 * Loads the tab in headless Chromium from the bench's server `runs` times each: a static page (baseline), the
 * meeting list (first and repeat visit) and a meeting's page. Returns the table.
 */
export async function tabTable(baseUrl: string, runs: number): Promise<string> {
  const browser = await launchBrowser();
  const blank: TabLoad[] = [];
  const listFirst: TabLoad[] = [];
  const listRepeat: TabLoad[] = [];
  const meeting: TabLoad[] = [];
  try {
    for (let round = 0; round < runs; round += 1) {
      blank.push(await blankPageLoad(browser, baseUrl));
      const list = await meetingListLoads(browser, baseUrl);
      listFirst.push(list.first);
      listRepeat.push(list.repeat);
      meeting.push(await meetingPageLoad(browser, baseUrl));
    }
  } finally {
    await browser.close();
  }
  const baseline = fastest(blank).visibleMs;
  const initial = initialScriptSizes();
  const row = (name: string, loads: TabLoad[]) => {
    const best = fastest(loads);
    return [name, `${best.visibleMs} ms`, loads.map((l) => l.visibleMs).join(", "), (best.visibleMs / baseline).toFixed(1),
      `${best.scripts} files (${best.scriptsFromNetwork} from the network, ${kb(best.scriptBytesSent)} sent); ${kb(best.scriptBytesGzip)} gzip`, ""];
  };
  const initialGoal = `≤ ${kb(INITIAL_GZIP_GOAL_BYTES)} gzip: ${initial.gzip <= INITIAL_GZIP_GOAL_BYTES ? "met" : "not met"}`;
  return markdownTable(
    ["tab in headless Chromium", `best of ${runs}`, "each run ms", "best × baseline", "JavaScript fetched until visible", "goal"],
    [
      row("static page, no script (baseline)", blank),
      row("meeting list visible, first visit", listFirst),
      row("meeting list visible, repeat visit (cache)", listRepeat),
      row("meeting page visible, first visit", meeting),
      ["initial JavaScript of the build (entry + its static chunks)", "", "", "", `${initial.files} files, ${kb(initial.brotli)} brotli, ${kb(initial.gzip)} gzip`, initialGoal],
    ],
  );
}
