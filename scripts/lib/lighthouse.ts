import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import { launchChromium } from './chromium.ts';

export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/** A free local port for Chromium's debugging protocol, which Lighthouse drives. */
function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Lighthouse's four scores (0–100) for each URL, with its mobile profile, in Debian's
 * Chromium. Timings depend on the machine, so only the bench reports performance.
 */
export async function lighthouseScores(urls: string[]): Promise<Map<string, LighthouseScores & { failed: string[] }>> {
	const port = await freePort();
	const browser = await launchChromium([`--remote-debugging-port=${port}`]);
	const scores = new Map<string, LighthouseScores & { failed: string[] }>();
	try {
		for (const url of urls) {
			const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
			const categories = result!.lhr.categories;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const failed = Object.values(categories)
				.filter((category) => category.id !== 'performance')
				.flatMap((category) => category.auditRefs)
				.filter((ref) => ref.weight > 0 && (result!.lhr.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => ref.id);
			scores.set(url, {
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
				failed,
			});
		}
	} finally {
		await browser.close();
	}
	return scores;
}
