import nock from "nock";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { uploadChart } from "../../../src/adapters/slack/upload.ts";
import { t } from "../../../src/i18n/translate.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  JSON_TYPE,
  mentionEvent,
  postSigned,
  SLACK_API,
  silentLogger,
  slackConfig,
  slashCommandBody,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

/**
 * The chart upload with Slack's current file API, against nock with the real request shapes
 * (docs.slack.dev: files.getUploadURLExternal takes filename and length and returns upload_url
 * and file_id; the bytes are POSTed to upload_url; files.completeUploadExternal takes
 * files=[{id,title}] and channel_id, plus thread_ts for a thread). The text goes first.
 */
const UPLOAD_HOST = "https://files.slack.test";

const server = useHttpApp();

/**
 * `compare gpt-3 chinchilla chart` as a slash command: the answer in the channel, then what the
 * asker is told privately at response_url when the chart does not come.
 */
async function chartNotice(url: string): Promise<Record<string, unknown>> {
  const { path, posted } = interceptResponseUrl();
  const ack = await postSigned(
    `${url}/slack/events`,
    slashCommandBody("compare gpt-3 chinchilla chart", path),
    FORM,
  );
  const answer = (await ack.json()) as { response_type: string; text: string };
  expect(answer.response_type).toBe("in_channel");
  expect(answer.text).toContain("GPT-3");
  const notice = await posted;
  expect(notice.response_type).toBe("ephemeral");
  return notice;
}

const form = (body: unknown): Record<string, string> =>
  typeof body === "string" ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, string>);

/** Every Slack call of one upload, in the order they arrive. */
function interceptUpload(fileId: string) {
  const order: string[] = [];
  const seen: {
    getUrl?: Record<string, string>;
    bytes?: Buffer;
    contentType?: string;
    complete?: Record<string, string>;
  } = {};
  let uploaded: Promise<void> = Promise.resolve();
  const done = new Promise<void>((resolve) => {
    nock(SLACK_API)
      .post("/api/files.getUploadURLExternal")
      .reply(200, (_uri, body) => {
        order.push("files.getUploadURLExternal");
        seen.getUrl = form(body);
        return { ok: true, upload_url: `${UPLOAD_HOST}/upload/v1/${fileId}`, file_id: fileId };
      });
    nock(UPLOAD_HOST)
      .post(`/upload/v1/${fileId}`)
      .reply(200, function (_uri, body) {
        order.push("upload");
        // The SDK posts the bytes as multipart/form-data; nock hands a binary body over hex-encoded.
        seen.contentType = String(this.req.headers["content-type"]);
        const raw = Buffer.from(body as string, "hex");
        uploaded = new Response(raw, { headers: { "content-type": seen.contentType } })
          .formData()
          .then(async (data) => {
            const part = [...data.values()].find((v) => typeof v !== "string");
            if (part && typeof part !== "string") seen.bytes = Buffer.from(await part.arrayBuffer());
          });
        return `OK - ${raw.length}`;
      });
    nock(SLACK_API)
      .post("/api/files.completeUploadExternal")
      .reply(200, (_uri, body) => {
        order.push("files.completeUploadExternal");
        seen.complete = form(body);
        resolve();
        return { ok: true, files: [{ id: fileId, title: "flopsbot-cards" }] };
      });
  });
  return { order, seen, done: done.then(() => uploaded) };
}

function expectPng(bytes: Buffer | undefined, size: number): PNG {
  expect(bytes?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes?.length).toBe(size);
  return PNG.sync.read(bytes as Buffer);
}

describe("a chart in Slack (`chart` in the text)", () => {
  it("a mention: the answer in the thread first, then the PNG uploaded into that thread", async () => {
    const order: string[] = [];
    nock(SLACK_API)
      .post("/api/chat.postMessage")
      .reply(200, () => {
        order.push("chat.postMessage");
        return { ok: true, channel: "C2147483705", ts: "1515449523.000017" };
      });
    const upload = interceptUpload("F0CHART1");
    const event = mentionEvent("<@U0FLOPSBOT> cards 70B gpu=H100 chart", { eventId: "EvCHART00001" });
    const response = await postSigned(`${server.url}/slack/events`, event, JSON_TYPE);
    expect(response.status).toBe(200);
    await upload.done;
    expect([...order, ...upload.order]).toEqual([
      "chat.postMessage",
      "files.getUploadURLExternal",
      "upload",
      "files.completeUploadExternal",
    ]);
    expect(upload.seen.getUrl?.filename).toBe("flopsbot-cards.png");
    expect(upload.seen.contentType).toMatch(/^multipart\/form-data; boundary=/);
    const png = expectPng(upload.seen.bytes, Number(upload.seen.getUrl?.length));
    expect(png.width).toBe(1200);
    expect(upload.seen.complete?.channel_id).toBe("C2147483705");
    expect(upload.seen.complete?.thread_ts).toBe("1515449522.000016");
    expect(JSON.parse(upload.seen.complete?.files ?? "[]")).toEqual([
      { id: "F0CHART1", title: "flopsbot-cards" },
    ]);
  });

  it("a slash command: the answer in the acknowledgement, then the PNG uploaded into the channel", async () => {
    const upload = interceptUpload("F0CHART2");
    const ack = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("compare gpt-3 chinchilla chart", "/commands/T0001/unused"),
      FORM,
    );
    const posted = (await ack.json()) as { response_type: string; text: string };
    expect(posted.response_type).toBe("in_channel");
    expect(posted.text).toContain("GPT-3");
    await upload.done;
    expect(upload.seen.getUrl?.filename).toBe("flopsbot-compare.png");
    expectPng(upload.seen.bytes, Number(upload.seen.getUrl?.length));
    expect(upload.seen.complete?.channel_id).toBe("C2147483705");
    expect(upload.seen.complete?.thread_ts).toBeUndefined();
  });

  it("no chart for a command without one: a note says so, and nothing is uploaded", async () => {
    const ack = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("gpus h100 chart", "/commands/T0001/unused"),
      FORM,
    );
    const body = await ack.text();
    expect(body).toContain("No chart for gpus");
    await server.slack.inflight.idle(2000);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe("a chart Slack refuses is said to the asker, privately", () => {
  /** The upload up to its completion, which Slack refuses as it does in a channel the bot is not in. */
  function refuseCompletion(fileId: string, error: string) {
    nock(SLACK_API)
      .post("/api/files.getUploadURLExternal")
      .reply(200, { ok: true, upload_url: `${UPLOAD_HOST}/upload/v1/${fileId}`, file_id: fileId });
    nock(UPLOAD_HOST).post(`/upload/v1/${fileId}`).reply(200, "OK");
    nock(SLACK_API).post("/api/files.completeUploadExternal").reply(200, { ok: false, error });
  }

  it("a slash command in a channel the bot was never invited to: the answer, then an ephemeral notice at response_url", async () => {
    refuseCompletion("F0CHART3", "not_in_channel");
    const notice = await chartNotice(server.url);
    expect(notice.replace_original).toBe(false);
    expect(textsIn(notice.blocks).join("\n")).toContain(t("en", "conversation.chartNotPosted"));
    expect(textsIn(notice.blocks).join("\n")).toContain("/flops 70B 15T gpu=H100 chart");
  });

  it("in the answer's language: lang=zh-TW is told in Chinese", async () => {
    refuseCompletion("F0CHART4", "channel_not_found");
    const { path, posted } = interceptResponseUrl();
    const ack = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("cards 70B gpu=H100 chart lang=zh-TW", path),
      FORM,
    );
    expect(ack.status).toBe(200);
    const notice = await posted;
    expect(notice.response_type).toBe("ephemeral");
    expect(textsIn(notice.blocks).join("\n")).toContain(t("zh-TW", "conversation.chartNotPosted"));
  });

  it("a mention whose chart is refused (an app installed without files:write): told in the thread, privately", async () => {
    nock(SLACK_API)
      .post("/api/chat.postMessage")
      .reply(200, { ok: true, channel: "C2147483705", ts: "1515449530.000017" });
    refuseCompletion("F0CHART5", "missing_scope");
    // This asker's notice only: the test files of a worker share nock, and an earlier file's app may
    // still post an ephemeral for its own mention while this one runs.
    const ephemeral = new Promise<Record<string, unknown>>((resolve) => {
      nock(SLACK_API)
        .post("/api/chat.postEphemeral", (body) => form(body).user === "U0CHARTNO1")
        .reply(200, (_uri, body) => {
          resolve(form(body));
          return { ok: true, message_ts: "1515449531.000001" };
        });
    });
    const event = mentionEvent("<@U0FLOPSBOT> cards 70B gpu=H100 chart", {
      eventId: "EvCHART00005",
      user: "U0CHARTNO1",
      ts: "1515449529.000016",
    });
    const response = await postSigned(`${server.url}/slack/events`, event, JSON_TYPE);
    expect(response.status).toBe(200);
    const notice = await ephemeral;
    expect(notice.user).toBe("U0CHARTNO1");
    expect(notice.thread_ts).toBe("1515449529.000016");
    expect(String(notice.blocks)).toContain(t("en", "conversation.chartNotPosted"));
  });
});

describe("a private answer that asked for a chart", () => {
  it("says why none comes (a chart is a file in the channel) and how to get one, and uploads nothing", async () => {
    const ack = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("cards 70B gpu=H100 chart private", "/commands/T0001/unused"),
      FORM,
    );
    const answer = (await ack.json()) as { response_type: string; blocks: unknown };
    expect(answer.response_type).toBe("ephemeral");
    expect(textsIn(answer.blocks).join("\n")).toContain(t("en", "conversation.chartPrivate"));
    await server.slack.inflight.idle(2000);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it("a public answer with its chart says nothing of the kind", async () => {
    const upload = interceptUpload("F0CHART6");
    const ack = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("cards 70B gpu=H100 chart", "/commands/T0001/unused"),
      FORM,
    );
    const answer = (await ack.json()) as { response_type: string; blocks: unknown };
    expect(answer.response_type).toBe("in_channel");
    expect(textsIn(answer.blocks).join("\n")).not.toContain(t("en", "conversation.chartPrivate"));
    await upload.done;
  });
});

describe("a chart that could not be drawn", () => {
  // The renderer failing (a fault no question can cause), given to the real uploadChart: Slack
  // refused nothing, so the asker is not told to invite the bot or reinstall it, but that the chart
  // could not be drawn.
  const failing = async (): Promise<never> => {
    throw new Error("renderer failed");
  };
  const failingServer = useHttpApp(slackConfig(), {
    ...BOT,
    chart: (client, reply, target) => uploadChart(client, reply, "en", target, silentLogger(), failing),
  });

  it("the answer, then an ephemeral notice that says so, not Slack's refusal", async () => {
    const said = textsIn((await chartNotice(failingServer.url)).blocks).join("\n");
    expect(said).toContain(t("en", "conversation.chartNotDrawn"));
    expect(said).not.toContain(t("en", "conversation.chartNotPosted"));
  });
});
