import { readFileSync } from "node:fs";

/** A real config.json committed under test/fixtures/hf (its README says where each came from). */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/hf/${name}.config.json`, import.meta.url), "utf8"));

/** The raw text of a fixture, as the Hub serves it. */
export const fixtureText = (name: string): string =>
  readFileSync(new URL(`../../fixtures/hf/${name}.config.json`, import.meta.url), "utf8");
