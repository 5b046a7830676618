import type { Config } from "../../config";
import { staticTokenSource, type TokenSource } from "../token-source";
import { GraphStub } from "./graph-stub";

/** The local demo's Graph: the stub on a free port, the config pointing at it, and its fixed token. */
export interface DemoGraph {
  config: Config;
  stub: GraphStub;
  tokens: TokenSource;
  stop(): Promise<void>;
}

/** Starts the Graph stub for GRAPH_DEMO in local mode; the config is returned unchanged when the demo is off. */
export async function startDemoGraph(config: Config): Promise<DemoGraph | undefined> {
  const graph = config.graphApp;
  if (!graph?.demo || graph.credential.kind !== "static") return undefined;
  const stub = new GraphStub();
  stub.token = graph.credential.token;
  const baseUrl = await stub.start();
  return { config: { ...config, graphApp: { ...graph, baseUrl } }, stub, tokens: staticTokenSource(stub.token), stop: () => stub.stop() };
}
