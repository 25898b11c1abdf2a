import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import { launchChromium } from './chromium.ts';

export type LighthouseScores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
/**
 * Lighthouse's measures behind the performance score (simulated mobile; times in milliseconds,
 * layout shift unitless): the bench reports them, no test asserts them.
 */
export type LighthouseMetrics = Record<
	'totalBlockingTime' | 'firstContentfulPaint' | 'largestContentfulPaint' | 'speedIndex' | 'cumulativeLayoutShift',
	number
>;

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
export async function lighthouseScores(
	urls: string[],
): Promise<Map<string, LighthouseScores & { failed: string[]; metrics: LighthouseMetrics }>> {
	const port = await freePort();
	const browser = await launchChromium([`--remote-debugging-port=${port}`]);
	const scores = new Map<string, LighthouseScores & { failed: string[]; metrics: LighthouseMetrics }>();
	try {
		for (const url of urls) {
			const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
			const categories = result!.lhr.categories;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const measure = (id: string) => result!.lhr.audits[id]?.numericValue ?? Number.NaN;
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
				metrics: {
					totalBlockingTime: Math.round(measure('total-blocking-time')),
					firstContentfulPaint: Math.round(measure('first-contentful-paint')),
					largestContentfulPaint: Math.round(measure('largest-contentful-paint')),
					speedIndex: Math.round(measure('speed-index')),
					cumulativeLayoutShift: measure('cumulative-layout-shift'),
				},
			});
		}
	} finally {
		await browser.close();
	}
	return scores;
}
