import { cards } from "./cards.ts";
import { chinchilla } from "./chinchilla.ts";
import type { AnyCommand } from "./command.ts";
import { compute } from "./compute.ts";
import { gpus } from "./gpus.ts";
import type { Registry } from "./grammar.ts";
import { helpCommand } from "./help.ts";
import { mfu } from "./mfu.ts";
import { params } from "./params.ts";

/** Every command, in help order. Adding a command means adding its file and one line here. */
const commands: AnyCommand[] = [compute, mfu, chinchilla, cards, params, gpus];
commands.push(helpCommand(() => registry));

export const registry: Registry = { commands, defaultCommand: compute };
