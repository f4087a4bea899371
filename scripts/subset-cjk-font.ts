/**
 * Writes assets/fonts/NotoSansTC-subset.ttf: Noto Sans TC (npm @expo-google-fonts/noto-sans-tc,
 * SIL OFL 1.1) cut down to the characters the charts can draw in Chinese, and the list of those
 * characters beside it. Run `npm run fonts` after adding Chinese text to the catalogs; a test
 * fails when a catalog character is missing from the subset.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { glyphsToCover } from "../src/charts/glyphs.ts";

const require = createRequire(import.meta.url);
const source = require.resolve("@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf");
const text = glyphsToCover();
const subset = await subsetFont(readFileSync(source), text, { targetFormat: "truetype" });
writeFileSync("assets/fonts/NotoSansTC-subset.ttf", subset);
writeFileSync("assets/fonts/NotoSansTC-subset.txt", `${text}\n`);
console.log(`${[...text].length} characters, ${subset.length} bytes`);
