import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The Noto Sans TC subset committed with the bot (scripts/subset-cjk-font.ts makes it). */
export const CJK_SUBSET_FILE = "NotoSansTC-subset.ttf";

const require = createRequire(import.meta.url);

/** Inter from npm (@expo-google-fonts/inter), in the weights the charts use. */
const interFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`);

/** `assets/fonts/<file>` in the package root, found upward from this module (src/charts or dist/). */
export function assetPath(file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "assets", "fonts", file);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`font ${file} not found under assets/fonts`);
    dir = parent;
  }
}

let files: string[] | undefined;

/** Every font file the renderer loads: no system font is used, so every machine draws the same. */
export function fontFiles(): string[] {
  files ??= [
    interFile("400Regular"),
    interFile("600SemiBold"),
    interFile("700Bold"),
    assetPath(CJK_SUBSET_FILE),
  ];
  return files;
}
