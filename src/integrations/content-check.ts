import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError, warningSummary } from '../lib/content/problems.ts';
import { loadContent } from '../lib/content/load-content.ts';
import { buildClock } from '../lib/time.ts';

/**
 * Checks the whole content folder before Astro renders anything, so that a bad file stops
 * the build with every problem listed (file, line, field, what was found, what is allowed)
 * and no page is written. Warnings are printed (the first ten) and the build goes on.
 */
export function lanternContentCheck({ folder }: { folder: string }): AstroIntegration {
	/** Prints every problem; true when there was no error. */
	const check = async (logger: AstroIntegrationLogger): Promise<boolean> => {
		try {
			const { warnings } = await loadContent(folder, buildClock());
			for (const line of warningSummary(warnings)) logger.warn(line);
			return true;
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			logger.error(error.message);
			return false;
		}
	};

	return {
		name: 'lantern:content-check',
		hooks: {
			'astro:config:setup': async ({ logger, command }) => {
				if (command === 'preview') return;
				// Drafts show in `astro dev` (a writer's preview) and never in a build, whatever NODE_ENV says.
				if (command === 'dev') process.env['LANTERN_SHOW_DRAFTS'] = '1';
				else delete process.env['LANTERN_SHOW_DRAFTS'];
				// In dev the server stays up and the page shows the error; a build must stop here.
				if (!(await check(logger)) && command === 'build') {
					const stop = new Error('The content check failed; every problem is listed above.');
					stop.stack = stop.message;
					throw stop;
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				// site.yaml, services.yaml and incidents are not Astro collections: watch them too,
				// check again on every change and reload the preview.
				server.watcher.add(folder);
				server.watcher.on('all', async (_event, file) => {
					if (!file.startsWith(folder)) return;
					await check(logger);
					server.ws.send({ type: 'full-reload' });
				});
			},
		},
	};
}
