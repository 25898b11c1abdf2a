import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const available = existsSync(CHROME_PATH);

if (!available) {
	if (process.env['CI'] === 'true') {
		throw new Error(`Chromium is missing at ${CHROME_PATH}; CI must run the browser tests (.ci/run installs it).`);
	}
	console.warn(
		`\n!!! Chromium not found at ${CHROME_PATH}: the browser tests are SKIPPED.\n!!! Install it (apt-get install chromium) or set CHROME_PATH.\n`,
	);
}

/** `describe` for tests that need a real browser: skipped, loudly, only where Chromium is missing outside CI. */
export const describeInBrowser = available ? describe : describe.skip;

/** Debian's Chromium, headless, with nothing that phones home (this machine has no network beyond loopback). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROME_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
