import {
  blocksTextLength,
  blockTexts,
  length,
  SLACK_LIMITS,
  type SlackMessage,
} from "../../../src/adapters/slack/limits.ts";

/**
 * A test oracle: Slack's documented limits (https://api.slack.com/reference/block-kit/blocks),
 * checked on a finished message independently of how src/adapters/slack/limits.ts packs it.
 */
/** Every way `message` breaks one of Slack's limits; empty when Slack will take it. */
export function limitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (blocks.length > SLACK_LIMITS.blocksPerMessage) problems.push(`${blocks.length} blocks`);
  if (length(message.text) > SLACK_LIMITS.messageText) problems.push(`text of ${length(message.text)}`);
  if (length(message.text) === 0) problems.push("empty text");
  const total = blocksTextLength(blocks);
  if (total > SLACK_LIMITS.blocksTextBudget) problems.push(`blocks carry ${total} characters`);
  blocks.forEach((block, i) => {
    const where = `block ${i} (${block.type})`;
    for (const text of blockTexts(block)) if (text.length === 0) problems.push(`${where}: empty text`);
    if (block.type === "header" && length(block.text.text) > SLACK_LIMITS.headerText) {
      problems.push(`${where}: header of ${length(block.text.text)}`);
    }
    if (block.type === "section") {
      if (!block.text && !block.fields?.length) problems.push(`${where}: neither text nor fields`);
      if (block.text && length(block.text.text) > SLACK_LIMITS.sectionText) {
        problems.push(`${where}: text of ${length(block.text.text)}`);
      }
      const fields = block.fields ?? [];
      if (fields.length > SLACK_LIMITS.sectionFields) problems.push(`${where}: ${fields.length} fields`);
      for (const f of fields) {
        if (length(f.text) > SLACK_LIMITS.sectionFieldText)
          problems.push(`${where}: field of ${length(f.text)}`);
      }
    }
    if (block.type === "context") {
      if (block.elements.length === 0) problems.push(`${where}: no elements`);
      if (block.elements.length > SLACK_LIMITS.contextElements) {
        problems.push(`${where}: ${block.elements.length} elements`);
      }
      for (const e of block.elements) {
        if (length(e.text) > SLACK_LIMITS.contextElementText)
          problems.push(`${where}: element of ${length(e.text)}`);
      }
    }
  });
  return problems;
}
