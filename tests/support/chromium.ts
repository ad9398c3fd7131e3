import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium (Playwright cannot download its own browser here), kept off the network:
 * only this machine's servers resolve, and no background service phones home.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
    "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter",
  ],
};
