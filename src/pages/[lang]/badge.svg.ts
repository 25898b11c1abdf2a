import type { APIRoute } from 'astro';
import { badgePaths, badgeResponse } from '../../data/badges.ts';

/** /{lang}/badge.svg: the overall state in one language. */
export const getStaticPaths = () => badgePaths(true, false);
export const GET: APIRoute = ({ params }) => badgeResponse(params['lang']);
