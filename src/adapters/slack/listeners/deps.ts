import type { Logger } from "pino";
import type { Lang } from "../../../i18n/lang.ts";
import type { Inflight } from "../inflight.ts";

/**
 * What every listener needs: the workspace language, a logger (for Slack failures; answer()
 * logs the answers themselves), the in-flight tracker.
 */
export interface ListenerDeps {
  lang: Lang;
  logger: Logger;
  inflight: Inflight;
}
