import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SLASH_COMMAND } from "../../../src/adapters/slack/listeners/command.ts";
import { registry } from "../../../src/commands/registry.ts";
import { ask } from "../../commands/helpers.ts";

const manifest = readFileSync(new URL("../../../slack/manifest.yml", import.meta.url), "utf8");
/** The manifest without comments. */
const live = manifest
  .split("\n")
  .filter((line) => !line.trim().startsWith("#"))
  .join("\n");

/** The `- item` lines right under `key:` (the YAML lists this manifest uses). */
function listUnder(key: string): string[] {
  const lines = live.split("\n");
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^\s*- (.+)$/.exec(line);
    if (!item?.[1]) break;
    items.push(item[1].trim());
  }
  return items;
}

describe("slack/manifest.yml", () => {
  it("asks for exactly the bot scopes the bot uses", () => {
    // files:write: chart uploads (files.getUploadURLExternal, files.completeUploadExternal).
    expect(listUnder("bot").sort()).toEqual(["app_mentions:read", "chat:write", "commands", "files:write"]);
  });

  it("subscribes to app_mention and app_home_opened (the Home tab)", () => {
    expect(listUnder("bot_events")).toEqual(["app_mention", "app_home_opened"]);
    expect(live).toMatch(/home_tab_enabled: true/);
  });

  it("declares /flops, which the app listens to, with a usage hint", () => {
    const command = /- command: (\S+)/.exec(live)?.[1];
    expect(command).toBe("/flops");
    expect(SLASH_COMMAND.test(command ?? "")).toBe(true);
    expect(live).toMatch(/usage_hint: "175B 300B/);
    expect(live).toMatch(/should_escape: false/);
  });

  it("the usage hint's examples are questions the registry answers, naming its commands and options", () => {
    const hint = /usage_hint: "([^"]+)"/.exec(live)?.[1] ?? "";
    const examples = hint.split(" | ");
    expect(examples).toEqual([
      "175B 300B",
      "mfu 671B 14.8T gpu=H800 gpu-hours=2.664M",
      "cards 70B gpu=H100",
      "help",
    ]);
    const names = new Set(registry.commands.map((c) => c.name));
    for (const example of examples) {
      const reply = ask(example);
      expect(reply.ok, example).toBe(true);
      const [first = ""] = example.split(" ");
      // A leading word is a command of the registry, or the numbers of the default command (compute).
      expect(names.has(first) || /^\d/.test(first), example).toBe(true);
      expect(reply.command, example).toBe(names.has(first) ? first : registry.defaultCommand.name);
    }
  });

  it("names the app flopsbot and runs in Socket Mode as written", () => {
    expect(live).toMatch(/^ {2}name: flopsbot$/m);
    expect(live).toMatch(/^ {4}display_name: flopsbot$/m);
    expect(live).toMatch(/^ {2}socket_mode_enabled: true$/m);
    // Buttons, the GPU menu and the message shortcut need interactivity (same endpoint).
    expect(live).toMatch(/interactivity:\n {4}is_enabled: true/);
  });

  it('declares the "Estimate compute" message shortcut the app listens to', async () => {
    const { ESTIMATE_CALLBACK } = await import("../../../src/adapters/slack/listeners/shortcuts.ts");
    expect(live).toMatch(/- name: Estimate compute\n {6}type: message\n {6}callback_id: (\S+)/);
    expect(/type: message\n {6}callback_id: (\S+)/.exec(live)?.[1]).toBe(ESTIMATE_CALLBACK);
    // …and the global shortcut that opens the form.
    const { FORM_CALLBACK } = await import("../../../src/adapters/slack/views.ts");
    expect(/type: global\n {6}callback_id: (\S+)/.exec(live)?.[1]).toBe(FORM_CALLBACK);
  });

  it("points HTTP mode at /slack/events (commented out until a host is known)", () => {
    expect(manifest).toContain("# url: https://your-host/slack/events");
    expect(manifest).toContain("# request_url: https://your-host/slack/events");
    expect(manifest.match(/# request_url: https:\/\/your-host\/slack\/events/g)).toHaveLength(2);
  });
});
