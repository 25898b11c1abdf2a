import type { LanternContent, Service } from './model.ts';

const indexes = new WeakMap<LanternContent, Map<string, Service>>();

/** A service by id, through an index made once per content (pages ask for thousands). */
export function findService(content: LanternContent, id: string): Service | undefined {
	let index = indexes.get(content);
	if (!index) indexes.set(content, (index = new Map(content.services.map((service) => [service.id, service]))));
	return index.get(id);
}
