import process from "node:process";
import { installCliHandlers } from "../../app/process.ts";
import { main } from "./main.ts";

installCliHandlers();

process.exitCode = await main(process.argv.slice(2));
