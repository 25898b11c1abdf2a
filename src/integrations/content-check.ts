import type { AstroIntegration } from 'astro';
import { ContentError, formatProblem } from '../lib/content/problems.ts';
import { loadContent } from '../lib/content/load-content.ts';

/**
 * Checks the whole content folder before Astro renders anything, so that a bad file stops
 * the build with every problem listed (file, line, field, what was found, what is allowed)
 * and no page is written. Warnings are printed and the build goes on.
 */
export function lanternContentCheck({ folder }: { folder: string }): AstroIntegration {
	return {
		name: 'lantern:content-check',
		hooks: {
			'astro:config:setup': async ({ logger, command }) => {
				if (command === 'preview') return;
				// Drafts show in `astro dev` (a writer's preview) and never in a build, whatever NODE_ENV says.
				if (command === 'dev') process.env['LANTERN_SHOW_DRAFTS'] = '1';
				else delete process.env['LANTERN_SHOW_DRAFTS'];
				try {
					const { warnings } = await loadContent(folder);
					for (const warning of warnings) logger.warn(formatProblem(warning));
				} catch (error) {
					if (!(error instanceof ContentError)) throw error;
					logger.error(error.message);
					// In dev the server stays up and shows the error; a build must stop here.
					if (command === 'build') {
						const stop = new Error(
							`Content check failed: ${error.problems.filter((p) => p.severity === 'error').length} error(s), listed above.`,
						);
						stop.stack = stop.message;
						throw stop;
					}
				}
			},
		},
	};
}
