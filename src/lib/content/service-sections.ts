import { campusLabel } from './names.ts';
import type { LanternContent, Service } from './model.ts';
import type { PickedText } from '../i18n/local-text.ts';

/** The services of one campus ('' for those on every campus), in their groups' order. */
export interface ServiceSection {
	id: string;
	name: PickedText;
	services: Service[];
}

/**
 * Services as readers look for them: campus by campus in the site's order, then the services
 * on every campus; within each, by group. The board and the incident picture share this order.
 */
export function servicesByCampus(content: LanternContent, lang: string): ServiceSection[] {
	// Services without a group come after every group.
	const groupOrder = new Map(content.groups.map((group, index) => [group.id, index]));
	const orderOf = (service: Service) =>
		service.group === undefined ? content.groups.length : (groupOrder.get(service.group) ?? 0);
	return [...content.site.campuses.map((campus) => campus.id), '']
		.map((id) => ({
			id,
			name: campusLabel(id || undefined, content, lang),
			services: content.services
				.filter((service) => (service.campus ?? '') === id)
				.sort((a, b) => orderOf(a) - orderOf(b)),
		}))
		.filter((section) => section.services.length > 0);
}
