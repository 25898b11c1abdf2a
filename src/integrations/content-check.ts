import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { loadLantern, type LanternOptions } from '../data/load-lantern.ts';
import type { BuildOptions } from '../data/site-settings.ts';
import { ContentError, warningSummary } from '../lib/content/problems.ts';

const OPTIONS_MODULE = 'virtual:lantern/options';

/**
 * Checks the whole content folder before Astro renders anything, so that a bad file stops
 * the build with every problem listed (file, line, field, what was found, what is allowed)
 * and no page is written. Warnings are printed (the first ten) and the build goes on.
 * It also decides the one switch Astro's command sets, a writer's preview (`astro dev`, with
 * drafts) or a build (never drafts, whatever NODE_ENV says), and hands the pages the very
 * options it checked with, as `virtual:lantern/options`.
 */
export function lanternContentCheck(build: BuildOptions): AstroIntegration {
	/** Prints every problem; true when there was no error. */
	const check = async (options: LanternOptions, logger: AstroIntegrationLogger): Promise<boolean> => {
		try {
			const { warnings } = await loadLantern(options);
			for (const line of warningSummary(warnings)) logger.warn(line);
			return true;
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			logger.error(error.message);
			return false;
		}
	};
	let options: LanternOptions = { ...build, preview: false };

	return {
		name: 'lantern:content-check',
		hooks: {
			'astro:config:setup': async ({ logger, command, updateConfig }) => {
				if (command === 'preview') return;
				options = { ...build, preview: command === 'dev' };
				updateConfig({ vite: { plugins: [optionsModule(options)] } });
				// In dev the server stays up and the page shows the error; a build must stop here.
				if (!(await check(options, logger)) && command === 'build') {
					const stop = new Error('The content check failed; every problem is listed above.');
					stop.stack = stop.message;
					throw stop;
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				// site.yaml, services.yaml and incidents are not Astro collections: watch them too,
				// check again on every change and reload the preview.
				server.watcher.add(build.folder);
				server.watcher.on('all', async (_event, file) => {
					if (!file.startsWith(build.folder)) return;
					await check(options, logger);
					server.ws.send({ type: 'full-reload' });
				});
			},
		},
	};
}

/** `virtual:lantern/options`: the options as a module, with the build's clock as a Date again. */
function optionsModule(options: LanternOptions): Plugin {
	const resolved = `\0${OPTIONS_MODULE}`;
	return {
		name: 'lantern:options',
		resolveId: (id) => (id === OPTIONS_MODULE ? resolved : undefined),
		load: (id) =>
			id === resolved
				? `const options = ${JSON.stringify(options)};\noptions.now = new Date(options.now);\nexport default options;\n`
				: undefined,
	};
}
