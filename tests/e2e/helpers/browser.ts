import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { CHROME_PATH } from '../../../scripts/lib/chromium.ts';

export { launchChromium } from '../../../scripts/lib/chromium.ts';

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
