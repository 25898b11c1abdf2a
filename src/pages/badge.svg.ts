import type { APIRoute } from 'astro';
import { badgeResponse } from '../data/badges.ts';

/** /badge.svg: the overall state, in the source language. */
export const GET: APIRoute = () => badgeResponse();
