/** Debian's Chromium driven by playwright-core, for the tests and the handbook PDFs (no browser download is possible here). */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Whether an executable exists at `path`. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function launchBrowser(executablePath = chromiumPath): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}
