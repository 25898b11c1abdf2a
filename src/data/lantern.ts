import options from 'virtual:lantern/options';
import { loadLantern, type Lantern } from './load-lantern.ts';

export type { Lantern };

/**
 * The content and the status engine's answers for every page: loaded once per build with the
 * options the content integration decided (src/integrations/content-check.ts), and read afresh
 * on every request of a writer's preview.
 */
export function getLantern(): Promise<Lantern> {
	return loadLantern(options);
}
