import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../../src/adapters/cli/console.ts";
import { cappedLines, MAX_LINE } from "../../../src/adapters/cli/lines.ts";
import { createTerminalAnswerer } from "../../../src/app/lifecycle.ts";

/** `size` bytes of "9" streamed in 64 KB pieces of one shared buffer, then `after`. */
function hugeLine(size: number, after: string): Readable {
  const piece = Buffer.alloc(64 * 1024, "9");
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) {
        this.push(after);
        this.push(null);
        return;
      }
      const n = Math.min(piece.length, size - sent);
      sent += n;
      this.push(n === piece.length ? piece : piece.subarray(0, n));
    },
  });
}

describe("the console reads lines with a cap (hole 9)", () => {
  it("answers the lines after a 600 MB line, refusing only that line as too long", async () => {
    // readline builds the whole line and dies past ~512 MB ("Invalid string length").
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString()));
    const failures = await runConsole({
      answerer: createTerminalAnswerer(),
      input: hugeLine(600 * 1024 * 1024, "\n175B 300B\n"),
      output,
      lang: "en",
      json: true,
      interactive: false,
    });
    const replies = chunks
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({ ok: false });
    expect(JSON.stringify(replies[0])).toMatch(/too long|2,?000/i);
    expect(replies[1]).toMatchObject({ ok: true, command: "compute" });
    expect(replies[1].result.flops).toBeCloseTo(3.15e23, -20);
    expect(failures).toBe(1);
  }, 60_000);

  it("keeps at most MAX_LINE + 1 characters of a line, and splits LF and CRLF lines", async () => {
    const lines: string[] = [];
    for await (const line of cappedLines(
      Readable.from([`a\r\nb`, `c\n${"x".repeat(MAX_LINE * 3)}`, "\nlast"]),
    ))
      lines.push(line);
    expect(lines.map((l) => l.length)).toEqual([1, 2, MAX_LINE + 1, 4]);
    expect(lines[1]).toBe("bc");
    expect(lines[3]).toBe("last");
  });

  it("waits for a slow reader instead of piling answers up in memory", async () => {
    let peak = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(_chunk, _encoding, done) {
        setTimeout(done, 1);
      },
    });
    const input = Readable.from([`${Array.from({ length: 400 }, () => "175B 300B").join("\n")}\n`]);
    const watch = setInterval(() => {
      peak = Math.max(peak, slow.writableLength);
    }, 0);
    const sample = slow.write.bind(slow);
    slow.write = ((chunk: unknown, ...rest: never[]) => {
      const ok = sample(chunk as string, ...rest);
      peak = Math.max(peak, slow.writableLength);
      return ok;
    }) as typeof slow.write;
    await runConsole({
      answerer: createTerminalAnswerer(),
      input,
      output: slow,
      lang: "en",
      json: false,
      interactive: false,
    });
    clearInterval(watch);
    // 400 answers of ~1 KB each: without back-pressure all of them wait in the buffer at once.
    expect(peak).toBeLessThan(16 * 1024 + 4 * 1024);
  }, 30_000);
});
