import type { EmailChannel } from '../channels.ts';
import { escapeXml } from '../../escape.ts';
import { contextLine, headline, mailSubject, type Announcement } from '../announcement.ts';

/** A mail as Nodemailer takes it; the dry run prints the same fields. */
export interface MailMessage {
	from: string;
	to: string;
	subject: string;
	/** `<update-id.lang@site-host>`: a mail client that gets it twice shows it once. */
	messageId: string;
	/** A correction threads under the first message. */
	references?: string;
	headers: Record<string, string>;
	text: string;
	html: string;
}

export function emailMessage(announcement: Announcement, channel: EmailChannel): MailMessage {
	const { lang, updateId, correction, fingerprint } = announcement;
	const t = announcement.words;
	const host = new URL(announcement.siteUrl).hostname;
	const firstId = `<${updateId}.${lang}@${host}>`;
	const title = headline(announcement);
	const footer = t.announce.mailFooter({ organisation: announcement.organisation, address: announcement.siteUrl });
	const text = [
		title,
		announcement.summary,
		textList(t.changes.heading, announcement.changes),
		textList(t.planned.heading, announcement.planned),
		announcement.next,
		`${t.announce.readMore}${t.colon}${announcement.url}`,
		`-- \n${footer}`,
	]
		.filter(Boolean)
		.join('\n\n');
	// Plain HTML that reads the same without images, styles or a wide screen: headings, a list, one link.
	const html = [
		'<!doctype html>',
		`<html lang="${lang}">`,
		`<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeXml(title)}</title></head>`,
		'<body>',
		`<p>${escapeXml(contextLine(announcement))}</p>`,
		`<h1>${escapeXml(title)}</h1>`,
		announcement.summary && `<p>${escapeXml(announcement.summary)}</p>`,
		announcement.changes.length && `<h2>${escapeXml(t.changes.heading)}</h2>\n${htmlList(announcement.changes)}`,
		announcement.planned.length && `<h2>${escapeXml(t.planned.heading)}</h2>\n${htmlList(announcement.planned)}`,
		`<p>${escapeXml(announcement.next)}</p>`,
		`<p><a href="${escapeXml(announcement.url)}">${escapeXml(t.announce.readMore)}</a></p>`,
		`<hr>\n<p>${escapeXml(footer)}</p>`,
		'</body>',
		'</html>',
	]
		.filter(Boolean)
		.join('\n');
	return {
		from: channel.from,
		to: channel.to[lang]!,
		subject: mailSubject(announcement),
		messageId: correction ? `<${updateId}.${lang}.${fingerprint}@${host}>` : firstId,
		...(correction && { references: firstId }),
		headers: { 'Content-Language': lang },
		text,
		html,
	};
}

/** A heading and its lines as a plain-text list; nothing when there are no lines. */
function textList(heading: string, lines: string[]): string | undefined {
	return lines.length ? [heading, ...lines.map((line) => `- ${line}`)].join('\n') : undefined;
}

function htmlList(lines: string[]): string {
	return `<ul>\n${lines.map((line) => `<li>${escapeXml(line)}</li>`).join('\n')}\n</ul>`;
}
