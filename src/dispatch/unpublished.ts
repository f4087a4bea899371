import { UserError } from "../core/errors.ts";
import { unpublishedMaker } from "../core/runs/unpublished.ts";

/** The refusals that name a word as an unknown run or word (the ones an unpublished model's name gets). */
const NAMING_ERRORS: ReadonlySet<string> = new Set([
  "model.unknown",
  "model.unknownNoSuggestion",
  "read.unknownWord",
]);

/**
 * `gpt-4 training compute`, `what MFU did GPT-4 get`, `claude 3 opus`, `gemini ultra`: a model whose
 * maker publishes no size or tokens, refused as that (its 6ND can only be guessed) rather than as a
 * word the bot does not know or a misspelt GPT-3. The name as typed, with the word after it when
 * the two name it (`gpt 4`, `claude 3`); undefined for any other refusal.
 */
export function unpublishedError(error: unknown, line: string): UserError | undefined {
  if (!(error instanceof UserError) || !NAMING_ERRORS.has(error.id)) return undefined;
  const blamed = String(error.params.query ?? error.params.word ?? "").split(" ")[0] ?? "";
  if (blamed === "") return undefined;
  const words = line.split(/\s+/).map((word) => word.replace(/[?,!:;]+$/, ""));
  const at = words.findIndex((word) => word.toLowerCase() === blamed.toLowerCase());
  // The name grows by the words after it while they still name the family (`claude 3 opus`), and
  // no further (`gpt-4 vs llama 3`); a family's word alone may need the next (`gpt 4`).
  let name = unpublishedMaker(blamed) !== undefined ? blamed : undefined;
  for (let i = at + 1; at >= 0 && i < words.length && i <= at + 3; i++) {
    const longer = `${name ?? blamed} ${words[i]}`;
    if (unpublishedMaker(longer.replaceAll(" ", "-")) === undefined) break;
    name = longer;
  }
  const after = at < 0 || name === undefined ? [] : words.slice(at + name.split(" ").length);
  const maker = name === undefined ? undefined : unpublishedMaker(name.replaceAll(" ", "-"), after.join("-"));
  return name !== undefined && maker !== undefined
    ? new UserError("model.unpublished", { name, maker })
    : undefined;
}
