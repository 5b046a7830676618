import Module from "node:module";
import { dirname } from "node:path";

/**
 * Azurite's telemetry module loads Application Insights with OpenTelemetry (about 2,400 modules, most of the
 * time Azurite takes to load) as soon as it is loaded itself, although the embedded table service never turns
 * telemetry on (only Azurite's own command line does). Import this module before Azurite's: it puts an empty
 * module in Application Insights' place in the module cache, unless something already loaded the real one.
 */
export function withoutAzuriteTelemetry(): void {
  const telemetry = require.resolve("azurite/dist/src/common/Telemetry");
  const appInsights = require.resolve("applicationinsights", { paths: [dirname(telemetry)] });
  if (require.cache[appInsights]) return;
  const empty = new Module(appInsights);
  empty.filename = appInsights;
  empty.loaded = true;
  empty.exports = {};
  require.cache[appInsights] = empty;
}

withoutAzuriteTelemetry();
