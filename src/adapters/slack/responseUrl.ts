/**
 * Where Bolt's `respond()` posts: the request's `response_url` (or, for a modal's submission, the
 * first of its `response_urls`), taken as the request gives it. Slack's are on its hooks host over
 * HTTPS (`https://hooks.slack.com/commands/…`, `…/actions/…`; GovSlack's on hooks.slack-gov.com).
 * Anything else is never posted to: a signed request naming another URL (the signing secret
 * leaked, or a proxy rewriting bodies) would otherwise make the bot POST its answer to any
 * address it can reach, internal ones included.
 */
export const SLACK_RESPONSE_HOSTS: ReadonlySet<string> = new Set(["hooks.slack.com", "hooks.slack-gov.com"]);

/** The one prefix nearly every response_url has: no URL to parse for it. */
const USUAL = "https://hooks.slack.com/";

/**
 * Whether `url` is a response_url of Slack's. `apiUrl` (the configured SLACK_API_URL, a stand-in
 * for Slack in tests and benchmarks, or a proxy) is trusted as Slack: its origin is allowed too.
 */
export function responseUrlCheck(apiUrl?: string): (url: unknown) => boolean {
  const standIn = apiUrl ? originOf(apiUrl) : undefined;
  return (url) => {
    if (typeof url !== "string") return false;
    if (url.startsWith(USUAL)) return true;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (standIn !== undefined && parsed.origin === standIn) return true;
    return (
      parsed.protocol === "https:" &&
      parsed.port === "" &&
      parsed.username === "" &&
      parsed.password === "" &&
      SLACK_RESPONSE_HOSTS.has(parsed.hostname)
    );
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The URL Bolt's `respond()` posts to for this request body, as Bolt picks it. */
export function responseUrlOf(body: unknown): unknown {
  const fields = body as { response_url?: unknown; response_urls?: { response_url?: unknown }[] };
  if (fields.response_url) return fields.response_url;
  return Array.isArray(fields.response_urls) ? fields.response_urls[0]?.response_url : undefined;
}
