/**
 * `npm run screenshots`: full-page screenshots of every page type, on a phone and a desktop,
 * light and dark, into screenshots/ (git-ignored), for design reviews. It builds the demo at
 * two moments: `during/` the attack (its second morning, most services disrupted, an update
 * due) and `after/` it (today: all open again). `LANTERN_DIST=folder` shoots a site already
 * built instead, into screenshots/site/.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { SEARCH_OUTCOME } from './lib/search-page.ts';
import { serveStatic } from './lib/static-server.ts';
import { commandLine } from './lib/command-line.ts';
import { DEMO_FOLDER } from '../src/lib/content/content-folder.ts';

commandLine({
	name: 'screenshots',
	about:
		'full-page screenshots of every page type of the demo (during and after its attack), phone and desktop, light and dark.',
	flags: {},
	notes: [
		'Writes screenshots/during/ and screenshots/after/; LANTERN_DIST=folder shoots a built site into screenshots/site/.',
	],
	examples: ['npm run screenshots', 'LANTERN_DIST=/tmp/site npm run screenshots'],
});

const out = path.resolve('screenshots');
const pages: Record<string, string> = {
	home: '/nl/',
	timeline: '/en/updates/',
	update: '/en/updates/2026-01-14-1000-paper-registration/',
	'update-translation-outdated': '/fr/updates/2026-01-14-1000-paper-registration/',
	'update-fallback': '/fr/updates/2026-01-27-1000-ambulances-back/',
	services: '/en/services/',
	service: '/en/services/radiology-noord/',
	incident: '/en/incidents/2026-01-cyberattack/',
	search: '/nl/search/?q=ziekenwagen',
	print: '/en/print/',
	'not-found': '/en/no-such-page/',
};
const devices = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

/** Builds the demo as it looked at `now` into a temporary folder. */
function buildDemo(now: string | undefined, dist: string): void {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: { ...process.env, LANTERN_CONTENT: DEMO_FOLDER, LANTERN_DIST: dist, ...(now ? { LANTERN_NOW: now } : {}) },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (result.status !== 0) throw new Error(`The demo did not build for ${now ?? 'now'}`);
}

/** Shoots every page type of a built site; `now` is the readers' clock (for "2 hours ago"). */
async function shoot(dist: string, folder: string, now?: string): Promise<number> {
	await mkdir(folder, { recursive: true });
	const site = await serveStatic(dist);
	const browser = await launchChromium();
	let count = 0;
	try {
		for (const [deviceName, viewport] of Object.entries(devices)) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
				const page = await context.newPage();
				if (now) await page.clock.setFixedTime(new Date(now));
				for (const [name, url] of Object.entries(pages)) {
					const response = await page.goto(`${site.origin}${url}`);
					// A page that does not exist at this moment (a later update) is skipped, not shot as a 404.
					if (response?.status() === 404 && name !== 'not-found') continue;
					if (url.includes('/search/')) await page.locator(SEARCH_OUTCOME).first().waitFor();
					await page.screenshot({
						path: path.join(folder, `${name}-${deviceName}-${colorScheme}.png`),
						fullPage: true,
					});
					count++;
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return count;
}

const given = process.env['LANTERN_DIST'];
if (given) {
	const count = await shoot(path.resolve(given), path.join(out, 'site'));
	console.log(`Wrote ${count} screenshots to screenshots/site/`);
} else {
	const work = await mkdtemp(path.join(tmpdir(), 'lantern-screenshots-'));
	try {
		for (const [moment, now] of [
			['during', '2026-01-14T12:00:00+01:00'],
			['after', undefined],
		] as const) {
			const dist = path.join(work, moment);
			buildDemo(now, dist);
			const count = await shoot(dist, path.join(out, moment), now);
			console.log(`Wrote ${count} screenshots to screenshots/${moment}/`);
		}
	} finally {
		await rm(work, { recursive: true, force: true });
	}
}
