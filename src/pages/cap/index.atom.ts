import type { APIRoute } from 'astro';
import { getLantern } from '../../data/lantern.ts';
import { capIndex } from '../../lib/cap/cap-alert.ts';

/** /cap/index.atom: every alert, newest first. */
export const GET: APIRoute = async () => {
	const { content, status, routes } = await getLantern();
	return new Response(capIndex(content, status, routes), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
