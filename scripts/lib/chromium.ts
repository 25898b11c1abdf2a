import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or CHROME_PATH (browsers cannot be downloaded here). */
export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** Headless, and nothing that phones home: this machine reaches no network beyond loopback. */
const QUIET = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...QUIET, ...extraArgs] });
}
