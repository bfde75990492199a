// Headless Chromium for the page tests (Debian's, or LEDE_CHROMIUM), or exit
// 77 (CTest: skipped) saying why it could not start.
import { chromium } from "playwright-core";

export async function launchOrSkip() {
  try {
    return await chromium.launch({
      executablePath: process.env.LEDE_CHROMIUM || "/usr/bin/chromium",
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  } catch (err) {
    console.log(`SKIPPED: Chromium could not be started: ${err.message.split("\n")[0]}`);
    process.exit(77);
  }
}
