import type { APIRoute } from 'astro';
import { getLantern } from '../../data/lantern.ts';
import { jsonResponse } from '../../data/json.ts';
import { lanternStatus } from '../../lib/api/lantern-status.ts';

/** Lantern's own status document, in every language. */
export const GET: APIRoute = async () => {
	const { content, status, routes } = await getLantern();
	return jsonResponse(lanternStatus(content, status, routes));
};
