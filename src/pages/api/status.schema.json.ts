import type { APIRoute } from 'astro';
import { getLantern } from '../../data/lantern.ts';
import { jsonResponse } from '../../data/json.ts';
import { lanternStatusSchema } from '../../lib/api/lantern-status-schema.ts';
import { absoluteUrl } from '../../lib/routes.ts';

/** The JSON Schema of /api/status.json. */
export const GET: APIRoute = async () => {
	const { content, routes } = await getLantern();
	return jsonResponse(
		lanternStatusSchema(absoluteUrl(content.site.siteUrl, routes.api('status.schema.json')), content.states.keys),
		'application/schema+json',
	);
};
