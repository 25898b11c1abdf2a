import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic, type StaticSite } from '../../../scripts/lib/static-server.ts';
import { launchChromium } from './browser.ts';

/**
 * For a describe block: the built demo served with its production headers on 127.0.0.1,
 * and a Chromium to read it, started before the tests and stopped after them.
 */
export function useDemoSite(): { readonly browser: Browser; readonly site: StaticSite } {
	let browser: Browser | undefined;
	let site: StaticSite | undefined;
	beforeAll(async () => {
		site = await serveStatic(inject('demoDist'));
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get browser() {
			return browser!;
		},
		get site() {
			return site!;
		},
	};
}
