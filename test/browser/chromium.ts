// Debian's Chromium driven by playwright-core: the system binary (no browser download), headless, with no
// background traffic, and a fresh profile per launch. Pages record console errors and any network request.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), "defection-chromium-"));
  // Playwright passes the profile to Chromium as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

export async function openPage(session: Session, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  return { page, errors, requests };
}
