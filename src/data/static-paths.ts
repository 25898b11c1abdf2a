import { getLantern } from './lantern.ts';

/** Updates per timeline page: enough to scroll through a busy day, small enough for a phone. */
export const TIMELINE_PAGE_SIZE = 20;

/** One page per site language. */
export async function perLanguage() {
	const { content } = await getLantern();
	return content.site.languages.map((lang) => ({ params: { lang } }));
}

/** One page per site language and item. */
export async function perLanguageAnd<Item>(
	items: (lantern: Awaited<ReturnType<typeof getLantern>>) => { id: string; item: Item }[],
) {
	const lantern = await getLantern();
	const all = items(lantern);
	return lantern.content.site.languages.flatMap((lang) =>
		all.map(({ id, item }) => ({ params: { lang, id }, props: { item } })),
	);
}
