/**
 * Model families whose makers publish neither the parameter count nor the training tokens, so no
 * 6ND can be computed for them, only guessed: OpenAI's GPT-4 Technical Report (2023, §2) "contains
 * no further details about the architecture (including model size), hardware, training compute,
 * dataset construction, training method, or similar"; Anthropic's Claude model cards and Google's
 * Gemini reports (Gemini Team 2023 gives only Nano's 1.8B and 3.25B) state no size for the others.
 * Open-weight relatives are published runs and are not here (Gemma, gpt-oss, GPT-2, GPT-3).
 */
export interface UnpublishedFamily {
  maker: string;
  /** A name as typed, lower-cased, with words joined by `-` (`gpt-4o`, `claude-3-opus`). */
  pattern: RegExp;
  /** A member whose size is published, by its name and the word after it (`gemini nano`). */
  except?: RegExp;
}

export const UNPUBLISHED_FAMILIES: readonly UnpublishedFamily[] = [
  // gpt-4, gpt4, gpt-4o, gpt-4-turbo, gpt-4o-mini, gpt-4.1, gpt-4.5, gpt-5, chatgpt; not gpt-oss or gpt-3.
  { maker: "OpenAI", pattern: /^(?:chatgpt|gpt-?[45](?:o|\.\d)?(?:-(?:turbo|mini|nano|preview|\d+k))*)$/ },
  // claude, claude-3, claude-3.5-sonnet, claude-opus-4.
  { maker: "Anthropic", pattern: /^claude(?:-(?:\d(?:\.\d)?|instant|opus|sonnet|haiku))*$/ },
  // gemini, gemini-ultra, gemini-1.5-pro, gemini-2.5-flash; not Nano, whose sizes the report gives.
  {
    maker: "Google",
    pattern: /^gemini(?:-(?:\d(?:\.\d)?|pro|ultra|flash|lite))*$/,
    except: /^gemini(?:-\d(?:\.\d)?)?-nano/,
  },
];

/**
 * The maker of the unpublished family `name` (as typed, words joined by `-`) names, else undefined;
 * `following` is the line's words after it, joined the same way, for a published member (`nano`).
 */
export function unpublishedMaker(name: string, following = ""): string | undefined {
  const key = name.toLowerCase();
  const family = UNPUBLISHED_FAMILIES.find((one) => one.pattern.test(key));
  if (family?.except?.test(`${key}-${following.toLowerCase()}`)) return undefined;
  return family?.maker;
}
