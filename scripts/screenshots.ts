/**
 * `npm run screenshots`: full-page screenshots of every page type, on a phone and a desktop,
 * light and dark, into screenshots/ (git-ignored), for design reviews. Builds nothing: run
 * `npm run build` first (or set LANTERN_DIST).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = path.resolve(process.env['LANTERN_DIST'] || 'dist');
const out = path.resolve('screenshots');
const pages: Record<string, string> = {
	home: '/nl/',
	timeline: '/en/updates/',
	update: '/en/updates/2026-01-14-1000-paper-registration/',
	'update-fallback': '/fr/updates/2026-01-27-1000-ambulances-back/',
	services: '/en/services/',
	service: '/en/services/radiology-noord/',
	incident: '/en/incidents/2026-01-cyberattack/',
	search: '/nl/search/?q=ziekenwagen',
	print: '/en/print/',
	'not-found': '/en/no-such-page/',
};
const devices = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

await mkdir(out, { recursive: true });
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
	for (const [deviceName, viewport] of Object.entries(devices)) {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
			const page = await context.newPage();
			for (const [name, url] of Object.entries(pages)) {
				await page.goto(`${site.origin}${url}`);
				if (url.includes('/search/'))
					await page.locator('.pagefind-ui__result-link, .pagefind-ui__message').first().waitFor();
				await page.screenshot({ path: path.join(out, `${name}-${deviceName}-${colorScheme}.png`), fullPage: true });
			}
			await context.close();
		}
	}
	console.log(`Wrote ${Object.keys(pages).length * 4} screenshots to ${path.relative(process.cwd(), out)}/`);
} finally {
	await browser.close();
	await site.close();
}
