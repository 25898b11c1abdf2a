import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../build/helpers/build-site.ts';
import { fileForUrl, idsIn } from '../build/helpers/site-files.ts';

const KB = 1024;

const htmlFiles = async (dist: string) => (await listFiles(dist)).filter((file) => file.endsWith('.html'));

/**
 * The quality gates of a built site, run on the demo and a large synthetic site by the browser
 * tests, and on a repository's own content by the content lane (`npm run test:content`):
 * valid HTML, no broken internal link or anchor, and the byte budgets. `dist` is read inside
 * the tests, once the site is built. html-validate reads every page of a large site: about a
 * minute on two cores.
 */
export function describeQualityGates(name: string, dist: () => string) {
	describe(`quality gates on the ${name}`, () => {
		it('has no html-validate error in any page', async () => {
			// The project's own configuration, whatever folder the site was built into.
			const validator = new HtmlValidate(htmlValidateConfig);
			const failures: string[] = [];
			for (const file of await htmlFiles(dist())) {
				const report = await validator.validateString(await readFile(path.join(dist(), file), 'utf8'), file);
				for (const result of report.results) {
					for (const message of result.messages)
						failures.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
				}
			}
			expect(failures.slice(0, 20)).toEqual([]);
		}, 240_000);

		it('has no broken internal link or anchor, in any language', async () => {
			const broken: string[] = [];
			let checked = 0;
			for (const file of await htmlFiles(dist())) {
				const page = parse(await readFile(path.join(dist(), file), 'utf8'));
				for (const element of page.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
					const url =
						element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
					if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
					checked++;
					const [target, anchor] = url.startsWith('#')
						? [path.join(dist(), file), url.slice(1)]
						: [fileForUrl(dist(), url), url.split('#')[1]];
					if (!target || !existsSync(target)) broken.push(`${file}: ${url}`);
					else if (anchor && target.endsWith('.html') && !(await idsIn(target)).has(anchor))
						broken.push(`${file}: ${url} (no #${anchor})`);
				}
			}
			expect(checked).toBeGreaterThan(100);
			expect(broken.slice(0, 20)).toEqual([]);
		}, 240_000);

		it('stays within its byte budgets', async () => {
			const sizes: { file: string; gzip: number; script: number }[] = [];
			for (const file of await htmlFiles(dist())) {
				const html = await readFile(path.join(dist(), file));
				const page = parse(html.toString());
				let gzip = gzipSync(html).length;
				let script = 0;
				for (const element of page.querySelectorAll('script[src], link[rel="stylesheet"], img[src]')) {
					const asset = fileForUrl(dist(), element.getAttribute('src') ?? element.getAttribute('href')!);
					if (!asset || !existsSync(asset)) continue;
					const bytes = await readFile(asset);
					gzip += gzipSync(bytes).length;
					if (element.tagName === 'SCRIPT') script += (await stat(asset)).size;
				}
				sizes.push({ file, gzip, script });
			}
			// The home page (its CSS is inline) arrives in the first round trip.
			const homes = sizes.filter((size) => /^[a-z-]+\/index\.html$/.test(size.file));
			expect(homes.length).toBeGreaterThan(0);
			for (const home of homes) expect(home.gzip, home.file).toBeLessThanOrEqual(14 * KB);
			// Only search carries script of any weight.
			const heavyScript = sizes.filter((size) => !/^[a-z-]+\/search\//.test(size.file) && size.script > 2 * KB);
			expect(heavyScript.map((size) => `${size.file}: ${size.script} B of script`)).toEqual([]);
			// No page, with what it loads (search's index aside), over 50 KB compressed.
			const heavy = sizes.filter((size) => size.gzip > 50 * KB && !/^[a-z-]+\/search\//.test(size.file));
			expect(heavy.map((size) => `${size.file}: ${Math.round(size.gzip / KB)} KB`)).toEqual([]);
		}, 240_000);
	});
}
