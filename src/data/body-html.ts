import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getEntry, render } from 'astro:content';
import { mdxComponents } from '../components/mdx/index.ts';
import type { Update, UpdateText } from '../lib/content/model.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/**
 * An update's body as HTML, for feeds and alerts. Each text is rendered once per build,
 * however many feeds carry it (the site feed, several service feeds).
 */
export function bodyHtml(update: Update, text: UpdateText, lang: string): Promise<string> {
	const key = `${update.id}/${text.lang}/${lang}`;
	let html = rendered.get(key);
	if (!html) {
		html = renderBody(`${update.id}/${text.lang}`, text.file, lang);
		rendered.set(key, html);
	}
	return html;
}

async function renderBody(entryId: string, file: string, lang: string): Promise<string> {
	container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
	const entry = await getEntry('updateTexts', entryId);
	if (!entry) throw new Error(`The text of ${file} was not loaded by the content layer.`);
	const { Content } = await render(entry);
	// The components render in the feed's language, as they do on the page.
	const html = await (
		await container
	).renderToString(Content, { params: { lang }, props: { components: mdxComponents } });
	return html.trim();
}
