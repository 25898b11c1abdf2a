import type { APIRoute } from 'astro';
import { getLantern } from '../data/lantern.ts';
import { statusText } from '../lib/hosting/status-text.ts';

/** /status.txt: the current state in plain text, in the source language, under 1 KB. */
export const GET: APIRoute = async () => {
	const { content, status, routes } = await getLantern();
	return new Response(statusText(content, status, routes, content.site.sourceLanguage), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
