import type { APIRoute } from 'astro';
import { getLantern } from '../../data/lantern.ts';
import { perLanguage } from '../../data/static-paths.ts';
import { statusText } from '../../lib/hosting/status-text.ts';

/** /{lang}/status.txt: the same plain-text status in each language. */
export const getStaticPaths = perLanguage;

export const GET: APIRoute = async ({ params }) => {
	const { content, status, routes } = await getLantern();
	return new Response(statusText(content, status, routes, params['lang']!), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
