import type { ViteUserConfig } from "vitest/config";

/** Shared defaults: node environment, tests beside the code, no watch in scripts. */
export declare const baseTestConfig: ViteUserConfig;
