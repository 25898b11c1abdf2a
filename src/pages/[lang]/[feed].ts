import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../../data/feeds.ts';
import type { FeedFormat } from '../../lib/routes.ts';

/** /{lang}/rss.xml, /{lang}/atom.xml and /{lang}/feed.json: every update, full text. */
export const getStaticPaths = () => feedPaths(false);

export const GET: APIRoute<{ format: FeedFormat }> = ({ params, props }) => feedResponse(params['lang']!, props.format);
