import type { APIRoute } from 'astro';
import { getLantern } from '../../../data/lantern.ts';
import { jsonResponse } from '../../../data/json.ts';
import { statuspageDocuments, type StatuspageDocuments } from '../../../lib/api/statuspage.ts';

/** /api/v2/summary.json, status.json, components.json, incidents.json, incidents/unresolved.json, … */
export async function getStaticPaths() {
	const { content, status, routes } = await getLantern();
	const documents = statuspageDocuments(content, status, routes);
	return Object.entries(documents).map(([document, body]) => ({ params: { document }, props: { body } }));
}

export const GET: APIRoute<{ body: StatuspageDocuments[keyof StatuspageDocuments] }> = ({ props }) =>
	jsonResponse(props.body);
