import type { Outgoing } from './outgoing.ts';

/**
 * An outgoing message as text, for the dry run: every header and body as it will be sent, with
 * each secret shown as the name of the variable it comes from, never its value.
 */
export function describeOutgoing(outgoing: Outgoing): string {
	switch (outgoing.type) {
		case 'email': {
			const { mail } = outgoing;
			return [
				`SMTP ${outgoing.smtp}${outgoing.userEnv ? ` (login $${outgoing.userEnv}, password $${outgoing.passwordEnv})` : ''}`,
				`From: ${mail.from}`,
				`To: ${mail.to}`,
				`Subject: ${mail.subject}`,
				`Message-ID: ${mail.messageId}`,
				...(mail.references ? [`References: ${mail.references}`] : []),
				...Object.entries(mail.headers).map(([name, value]) => `${name}: ${value}`),
				'',
				'--- text/plain ---',
				mail.text,
				'--- text/html ---',
				mail.html,
			].join('\n');
		}
		case 'http':
			return [
				`POST ${'env' in outgoing.url ? `$${outgoing.url.env}` : outgoing.url.value}`,
				'Content-Type: application/json',
				...(outgoing.bearerEnv ? [`Authorization: Bearer $${outgoing.bearerEnv}`] : []),
				...Object.entries(outgoing.headers).map(([name, value]) => `${name}: ${value}`),
				'',
				JSON.stringify(outgoing.json, null, 2),
			].join('\n');
		case 'bluesky':
			return [
				`${outgoing.service} as ${outgoing.handle} (app password from $${outgoing.passwordEnv})`,
				`com.atproto.repo.createRecord app.bsky.feed.post rkey ${outgoing.rkey}`,
				'',
				JSON.stringify(outgoing.record, null, 2),
			].join('\n');
		case 'websub':
			return outgoing.bodies.map((body) => `POST ${outgoing.hub}  ${body}`).join('\n');
	}
}
