import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Autocomplete is declared by the options themselves (OptionSpec.complete), so the Discord
 * adapter needs no catalog: nothing under src/adapters/discord imports the GPU or run catalogs.
 */
const SRC = fileURLToPath(new URL("../../../src/", import.meta.url));

/** Every module a folder's .ts files import (static, type-only, re-export or dynamic), as paths under src. */
function importsUnder(folder: string): { file: string; target: string }[] {
  const files = readdirSync(join(SRC, folder), { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".ts"),
  );
  return files.flatMap((file) => {
    const path = join(SRC, folder, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(path, "utf8"), true, true);
    return importedFiles
      .filter(({ fileName }) => fileName.startsWith("."))
      .map(({ fileName }) => ({
        file: relative(SRC, path).replaceAll("\\", "/"),
        target: relative(SRC, join(dirname(path), fileName)).replaceAll("\\", "/"),
      }));
  });
}

/** The catalogs: the GPU catalog, the published runs and the index helper. */
const isCatalog = (target: string) =>
  target === "core/gpus.ts" || target.startsWith("core/runs/") || target === "core/catalog.ts";

describe("the Discord adapter imports no catalog", () => {
  it("the scan sees imports (autocomplete's option specs here, the GPU catalog in the charts)", () => {
    const autocomplete = importsUnder("adapters/discord").filter(({ file }) =>
      file.endsWith("handlers/autocomplete.ts"),
    );
    expect(autocomplete.map(({ target }) => target)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/options\.ts$/)]),
    );
    expect(importsUnder("charts").filter(({ target }) => isCatalog(target))).toContainEqual({
      file: "charts/acrossGpus.ts",
      target: "core/gpus.ts",
    });
  });

  it("nothing under src/adapters/discord imports core/gpus, core/runs or core/catalog", () => {
    const found = importsUnder("adapters/discord")
      .filter(({ target }) => isCatalog(target))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(found).toEqual([]);
  });
});
