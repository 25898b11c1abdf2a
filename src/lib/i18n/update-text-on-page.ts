import type { Update } from '../content/model.ts';
import { updateTextIn, type LocalUpdateText } from '../content/update-text.ts';
import { langAttribute } from './local-text.ts';

/** An update's words for a page in `pageLang`, with the `lang` attribute they need there. */
export type UpdateTextOnPage = LocalUpdateText & { langAttribute: string | undefined };

export function updateTextOnPage(update: Update, pageLang: string): UpdateTextOnPage {
	const local = updateTextIn(update, pageLang);
	return { ...local, langAttribute: langAttribute(local.text, pageLang) };
}
