import type { APIRoute } from 'astro';
import { badgePaths, badgeResponse } from '../../../data/badges.ts';

/** /services/{id}/badge.svg: one service's state, in the source language. */
export const getStaticPaths = () => badgePaths(false, true);
export const GET: APIRoute = ({ params }) => badgeResponse(undefined, params['id']);
