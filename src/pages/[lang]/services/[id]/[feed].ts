import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../../../data/feeds.ts';
import type { FeedFormat } from '../../../../lib/routes.ts';

/** /{lang}/services/{id}/rss.xml (and Atom, JSON Feed): only the updates that changed this service. */
export const getStaticPaths = () => feedPaths(true);

export const GET: APIRoute<{ format: FeedFormat }> = ({ params, props }) =>
	feedResponse(params['lang']!, props.format, params['id']!);
