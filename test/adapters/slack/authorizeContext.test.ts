import { describe, expect, it } from "vitest";
import { JSON_TYPE, mentionEvent, postSigned, useHttpApp } from "./helpers.ts";

const server = useHttpApp();

describe("each event's context names its own asker (authorize's answer is never shared between events)", () => {
  it("two mentions from two users: the context of each carries that user, not the first one's", async () => {
    const seen: (string | undefined)[] = [];
    // Stops each event here (nothing is posted): only the context Bolt built for it is looked at.
    server.slack.app.use(async ({ context }) => {
      seen.push(context.userId);
    });
    for (const user of ["U0000000AAA", "U0000000BBB", "U0000000CCC"]) {
      const res = await postSigned(
        `${server.url}/slack/events`,
        mentionEvent("<@U0FLOPSBOT> 7B", { user }),
        JSON_TYPE,
      );
      expect(res.status).toBe(200);
    }
    await expect.poll(() => seen.length).toBe(3);
    expect(seen).toEqual(["U0000000AAA", "U0000000BBB", "U0000000CCC"]);
  });
});
