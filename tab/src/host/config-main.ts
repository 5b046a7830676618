import { startConfigPage } from "./config-page";

void startConfigPage(document.getElementById("config")!);
