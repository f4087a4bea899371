/**
 * discord.js loaded before any test file of a worker runs. Its event emitter's bundled copy of
 * Node's util.inspect reads the realm's built-ins once, when it is first imported; imported for the
 * first time after the chart files (which run Vega in process), that read failed now and then
 * (`TypeError: string "Set()" is not iterable`), failing whichever file imported discord.js next.
 */
import "discord.js";
