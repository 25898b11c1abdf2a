import type { APIRoute } from 'astro';
import { badgePaths, badgeResponse } from '../../../../data/badges.ts';

/** /{lang}/services/{id}/badge.svg: one service's state in one language. */
export const getStaticPaths = () => badgePaths(true, true);
export const GET: APIRoute = ({ params }) => badgeResponse(params['lang'], params['id']);
