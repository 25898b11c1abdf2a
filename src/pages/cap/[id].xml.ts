import type { APIRoute } from 'astro';
import { getLantern } from '../../data/lantern.ts';
import { capAlert } from '../../lib/cap/cap-alert.ts';
import type { UpdateStatus } from '../../lib/status/engine.ts';

/** /cap/{update-id}.xml: one CAP 1.2 alert per update. */
export async function getStaticPaths() {
	const { status } = await getLantern();
	return status.updates.map((entry) => ({ params: { id: entry.update.id }, props: { entry } }));
}

export const GET: APIRoute<{ entry: UpdateStatus }> = async ({ props }) => {
	const { content, status, routes } = await getLantern();
	return new Response(capAlert(content, status, routes, props.entry), {
		headers: { 'Content-Type': 'application/cap+xml; charset=utf-8' },
	});
};
