import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

const noteKeys = (line: string) => ask(line).notes.map((note) => note.key);

// Chowdhery et al. 2022 (PaLM) §4 counts TPU time in chip-hours: 8.4M TPU v4 chip-hours.
describe("on a TPU, the answer says its GPU-hours are chip-hours", () => {
  it.each(["model palm", "mfu palm", "70B 2T gpu=tpu-v5p gpus=1024", "70B 2T gpu=h100,tpu-v5p gpus=512"])(
    "%s",
    (line) => {
      expect(noteKeys(line)).toContain("note.tpuChipHours");
      expect(said(line)).toContain("GPU-hours here are chip-hours");
    },
  );

  it("not on a GPU (70B 2T on 512 H100), and in Chinese on a TPU", () => {
    expect(noteKeys("70B 2T gpu=H100 gpus=512")).not.toContain("note.tpuChipHours");
    expect(said("model palm", "zh-TW")).toContain("晶片小時");
  });
});
