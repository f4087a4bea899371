#!/usr/bin/env node
// The `flops` command: runs the TypeScript entry point through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/adapters/cli/bin.ts");
