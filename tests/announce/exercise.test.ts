import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { shippedWordFiles } from '../../src/lib/i18n/shipped-words.ts';
import { PROJECT, runAnnounce } from './helpers/announce-site.ts';

/** The languages Lantern ships words for. */
const SHIPPED = [...shippedWordFiles().keys()];

const UPDATE = '2026-03-02-0900-lab-down';
const NOW = '2026-03-05T12:00:00+01:00';
const LANGUAGES = ['nl', 'en', 'fr'];

/** Every kind of channel, each in every language of the small fixture. */
const ANNOUNCE = `announce:
  since: 2026-03-01T00:00:00+01:00
  channels:
    - name: email
      type: email
      languages: [nl, en, fr]
      smtp: smtps://smtp.proef.example:465
      from: Ziekenhuis Proef <updates@proef.example>
      to: { nl: nl@lists.proef.example, en: en@lists.proef.example, fr: fr@lists.proef.example }
    - name: mastodon
      type: mastodon
      languages: [nl, en, fr]
      server: https://mastodon.proef.example
      token_env: LANTERN_MASTODON_TOKEN
    - name: bluesky
      type: bluesky
      languages: [nl, en, fr]
      service: https://pds.proef.example
      handle: status.proef.example
      password_env: LANTERN_BLUESKY_APP_PASSWORD
    - name: push
      type: ntfy
      languages: [nl, en, fr]
      server: https://ntfy.proef.example
      topics: { nl: proef-nl, en: proef-en, fr: proef-fr }
    - name: partners
      type: webhook
      format: statuspage
      languages: [nl, en, fr]
      url_env: LANTERN_WEBHOOK_PARTNERS
    - name: teams
      type: webhook
      format: teams
      languages: [nl, en, fr]
      url_env: LANTERN_WEBHOOK_TEAMS
    - name: slack
      type: webhook
      format: slack
      languages: [nl, en, fr]
      url_env: LANTERN_WEBHOOK_SLACK
`;

/** A French translation of the update, so every language has a message to send. */
const FRENCH = `---
title: Laboratoire Est temporairement hors service
summary: Pas de prises de sang au campus Est aujourd’hui.
source_hash: "05706f721445"
---
Le laboratoire du campus Est est en panne.
`;

/** What a subscriber sees first of each kind of message, from its dry-run description. */
const FIRST_SEEN: Record<string, (description: string) => string[]> = {
	email: (description) => [
		/^Subject: (.*)$/m.exec(description)![1]!,
		/^--- text\/plain ---\n(.*)$/m.exec(description)![1]!,
		...(/<body>\n<p>(.*)<\/p>\n<h1>(.*)<\/h1>/.exec(description)!.slice(1, 3) as string[]),
	],
	mastodon: (description) => [json(description).status],
	bluesky: (description) => [json(description).text],
	push: (description) => [json(description).title],
	partners: (description) => {
		const { page, incident } = json(description);
		const update = incident.incident_updates.find((entry: { id: string }) => entry.id === UPDATE);
		return [page.status_description, incident.name, update.body];
	},
	teams: (description) =>
		json(description)
			.attachments[0].content.body.slice(0, 2)
			.map((block: { text: string }) => block.text),
	slack: (description) => {
		const { text, blocks } = json(description);
		return [text, blocks[0].text.text, blocks[2].elements[0].text];
	},
};

/** The JSON body of a described request (after its headers). */
function json(description: string) {
	return JSON.parse(description.slice(description.indexOf('\n\n') + 2));
}

/** The dry run's messages: channel, language and description of each. */
function messagesOf(output: string) {
	return output
		.split(`\n${'─'.repeat(72)}`)
		.map((block) => block.trim())
		.filter(Boolean)
		.map((block) => {
			const [head = '', ...rest] = block.split('\n');
			const [, channel = '', , lang = ''] = /^would send {2}(\S+) (\S+) (\S+)$/.exec(head) ?? [];
			return { channel, lang, description: rest.join('\n') };
		});
}

describe('npm run announce -- --dry-run on a drill', () => {
	let folder = '';
	/** The fixture with every channel, as a drill or not. */
	const site = async (name: string, exercise: boolean) => {
		const content = path.join(folder, name);
		await cp(path.join(PROJECT, 'tests/fixtures/small'), content, { recursive: true });
		await writeFile(path.join(content, `updates/${UPDATE}/fr.mdx`), FRENCH);
		const yaml = await readFile(path.join(content, 'site.yaml'), 'utf8');
		await writeFile(path.join(content, 'site.yaml'), `${yaml}${exercise ? 'exercise: true\n' : ''}${ANNOUNCE}`);
		return content;
	};
	const dryRun = async (content: string) =>
		runAnnounce(content, {
			ledger: path.join(folder, 'no-ledger.json'),
			env: {},
			dryRun: true,
			update: UPDATE,
			now: NOW,
		});

	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'lantern-announce-exercise-'));
	});
	afterAll(async () => {
		await rm(folder, { recursive: true, force: true });
	});

	it('says the exercise word first in every message of every channel, in the message’s language', async () => {
		const { ok, output } = await dryRun(await site('drill', true));
		expect(ok).toBe(true);
		const messages = messagesOf(output);
		// Seven channels in three languages; the WebSub ping carries no words.
		expect(messages.map(({ channel, lang }) => `${channel} ${lang}`)).toEqual(
			Object.keys(FIRST_SEEN).flatMap((channel) => LANGUAGES.map((lang) => `${channel} ${lang}`)),
		);
		for (const { channel, lang, description } of messages) {
			const prefix = `${lanternWords(lang).exercise.word}${lanternWords(lang).colon}`;
			for (const text of FIRST_SEEN[channel]!(description))
				expect([channel, lang, text]).toEqual([channel, lang, expect.stringMatching(`^${prefix}`)]);
		}
	});

	it('says nothing of a drill when the site is none', async () => {
		const { ok, output } = await dryRun(await site('real', false));
		expect(ok).toBe(true);
		expect(messagesOf(output)).toHaveLength(7 * 3);
		const words = SHIPPED.flatMap((lang) => [lanternWords(lang).exercise.word, lanternWords(lang).exercise.notice]);
		expect(words.filter((word) => output.includes(word))).toEqual([]);
	});
});
