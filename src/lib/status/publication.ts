import type { Update } from '../content/model.ts';

export interface PublicationOptions {
	/** The build's clock: updates published after it are under embargo. */
	now: Date;
	/** Show drafts (a writer's preview), never in a production build. */
	includeDrafts: boolean;
}

/** The updates the public may see at `now`: no drafts (unless previewing), nothing under embargo. */
export function publishedUpdates(updates: readonly Update[], { now, includeDrafts }: PublicationOptions): Update[] {
	return updates.filter((update) => (includeDrafts || !update.draft) && update.published.getTime() <= now.getTime());
}
