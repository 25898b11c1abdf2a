import { describe, expect, it } from 'vitest';
import type { LanternContent } from '../../src/lib/content/model.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { computeStatus, plannedEnd, plannedPhase } from '../../src/lib/status/engine.ts';
import { publishedUpdates } from '../../src/lib/status/publication.ts';
import { FIRST_UPDATE, INCIDENT_YAML, mdx, rawContent } from './helpers/raw-content.ts';

const update = (published: string, fields: string, incident = 'cyber') =>
	mdx(`incident: ${incident}\npublished: ${published}\ntitle: Update ${published}\nsummary: s\n${fields}`);

function contentOf(updates: Record<string, string>, incidents?: Record<string, string>): LanternContent {
	const { content, problems } = validateContent(rawContent(updates, incidents ? { incidents } : {}));
	if (!content) throw new Error(problems.map((problem) => problem.message).join('\n'));
	return content;
}

const NOW = new Date('2026-03-01T00:00:00Z');
const statusOf = (content: LanternContent, now = NOW) => computeStatus(content, content.updates, now);
const states = (board: { services: ReadonlyMap<string, { state: string }> }) =>
	Object.fromEntries([...board.services].map(([id, status]) => [id, status.state]));

const SECOND = update(
	'2026-01-13T18:00:00+01:00',
	`phase: ongoing
services:
  emergency-noord: no-ambulance
  emergency-zuid: delays
next_update: 2026-01-14T10:00:00+01:00`,
);
const THIRD = update(
	'2026-01-15T10:00:00+01:00',
	`phase: recovering
services:
  emergency-noord: open
  mug:
    state: unavailable
    note: Nog steeds niet beschikbaar.
next_update: 2026-01-16T10:00:00+01:00`,
);

describe('computeStatus', () => {
	const content = contentOf({ 'u1/nl': FIRST_UPDATE, 'u2/nl': SECOND, 'u3/nl': THIRD });
	const status = statusOf(content);

	it('starts every service open and carries states that an update does not mention', () => {
		expect(states(status.updates[0]!.board)).toEqual({
			'emergency-noord': 'reduced',
			'emergency-zuid': 'open',
			mug: 'unavailable',
			visiting: 'open',
		});
		expect(states(status.updates[1]!.board)).toEqual({
			'emergency-noord': 'no-ambulance',
			'emergency-zuid': 'delays',
			mug: 'unavailable',
			visiting: 'open',
		});
	});

	it('lists each change as old -> new, marks a return to open as restored and a new note as such', () => {
		expect(status.updates[1]!.changes).toEqual([
			{ serviceId: 'emergency-noord', from: 'reduced', to: 'no-ambulance', restored: false, noteOnly: false },
			{ serviceId: 'emergency-zuid', from: 'open', to: 'delays', restored: false, noteOnly: false },
		]);
		expect(status.updates[2]!.changes).toEqual([
			{ serviceId: 'emergency-noord', from: 'no-ambulance', to: 'open', restored: true, noteOnly: false },
			{
				serviceId: 'mug',
				from: 'unavailable',
				to: 'unavailable',
				restored: false,
				noteOnly: true,
				note: 'Nog steeds niet beschikbaar.',
			},
		]);
	});

	it('keeps the time a service entered its state across note-only changes, and forgets it once open', () => {
		const mug = status.current.services.get('mug')!;
		expect(mug.since).toEqual({ at: new Date('2026-01-13T07:00:00Z'), updateId: 'u1' });
		expect(mug.note).toEqual({ text: 'Nog steeds niet beschikbaar.', updateId: 'u3' });
		expect(status.current.services.get('emergency-noord')).toEqual({ serviceId: 'emergency-noord', state: 'open' });
	});

	it('gives the worst state per campus and overall', () => {
		expect(Object.fromEntries(status.updates[1]!.board.worstByCampus)).toEqual({
			noord: 'unavailable',
			zuid: 'delays',
			'': 'open',
		});
		expect(status.updates[1]!.board.overall).toBe('unavailable');
		expect(Object.fromEntries(status.current.worstByCampus)).toEqual({
			noord: 'unavailable',
			zuid: 'delays',
			'': 'open',
		});
	});

	it('tells the phase, last update, next update and previous/next links', () => {
		expect(status.incident('cyber')).toMatchObject({
			phase: 'recovering',
			lastUpdated: new Date('2026-01-15T09:00:00Z'),
		});
		expect(status.incident('cyber')!.phaseChanges.map((change) => [change.phase, change.updateId])).toEqual([
			['ongoing', 'u1'],
			['recovering', 'u3'],
		]);
		expect(status.lastUpdated).toEqual(new Date('2026-01-15T09:00:00Z'));
		expect(status.nextUpdate).toEqual(new Date('2026-01-16T09:00:00Z'));
		expect(status.update('u2')!.previous?.id).toBe('u1');
		expect(status.update('u2')!.next?.id).toBe('u3');
	});

	it('marks the next update overdue only once its time has passed', () => {
		expect(statusOf(content, new Date('2026-01-16T08:59:00Z')).overdue).toBe(false);
		expect(statusOf(content, new Date('2026-01-16T09:01:00Z')).overdue).toBe(true);
	});

	it('promises no next update once the incident is resolved', () => {
		const resolved = contentOf({
			'u1/nl': FIRST_UPDATE,
			'u2/nl': update('2026-01-20T10:00:00+01:00', 'phase: resolved\nservices:\n  emergency-noord: open\n  mug: open'),
		});
		const after = statusOf(resolved);
		expect(after.nextUpdate).toBeUndefined();
		expect(after.overdue).toBe(false);
		expect(after.current.overall).toBe('open');
		expect(after.incident('cyber')!.resolvedAt).toEqual(new Date('2026-01-20T09:00:00Z'));
	});

	it('lists the history of one service with only the updates that touched it', () => {
		expect(
			status.serviceHistory('emergency-zuid').map(({ update: entry, change }) => [entry.id, change.from, change.to]),
		).toEqual([['u2', 'open', 'delays']]);
		expect(status.serviceHistory('visiting')).toEqual([]);
	});

	it('starts a new incident from every service open and shows the worst state of all incidents', () => {
		const twoIncidents = contentOf(
			{
				'u1/nl': FIRST_UPDATE,
				'flood/nl': update(
					'2026-01-14T09:00:00+01:00',
					'phase: ongoing\nservices:\n  visiting: closed\n  emergency-noord: delays',
					'flood',
				),
			},
			{ cyber: INCIDENT_YAML, flood: INCIDENT_YAML },
		);
		const both = statusOf(twoIncidents);
		expect(both.updates[1]!.changes.map((change) => [change.serviceId, change.from, change.to])).toEqual([
			['emergency-noord', 'open', 'delays'],
			['visiting', 'open', 'closed'],
		]);
		// The cyberattack still has the emergency department at reduced capacity, which is worse than delays.
		expect(states(both.current)).toMatchObject({
			'emergency-noord': 'reduced',
			visiting: 'closed',
			mug: 'unavailable',
		});
		expect(both.current.overall).toBe('closed');
	});
});

describe('publishedUpdates', () => {
	const draft = update('2026-01-13T10:00:00+01:00', 'phase: ongoing\ndraft: true');
	const embargoed = update('2026-01-20T10:00:00+01:00', 'phase: ongoing');
	const content = contentOf({ 'u1/nl': FIRST_UPDATE, 'u2/nl': draft, 'u3/nl': embargoed });
	const ids = (now: string, includeDrafts = false) =>
		publishedUpdates(content.updates, { now: new Date(now), includeDrafts }).map((entry) => entry.id);

	it('keeps drafts out unless previewing', () => {
		expect(ids('2026-02-01T00:00:00Z')).toEqual(['u1', 'u3']);
		expect(ids('2026-02-01T00:00:00Z', true)).toEqual(['u1', 'u2', 'u3']);
	});

	it('keeps an update with a future time out until a build at or after that time', () => {
		expect(ids('2026-01-20T08:59:59Z')).toEqual(['u1']);
		expect(ids('2026-01-20T09:00:00Z')).toEqual(['u1', 'u3']);
	});
});

describe('planned changes', () => {
	// Outpatient care (here: visiting) closed by the first update; a recovery update announces that it
	// reopens on Monday morning, and a two-hour window while the records system comes back.
	const RECOVERY = update(
		'2026-01-16T10:00:00+01:00',
		`phase: recovering
services:
  visiting:
    state: open
    from: 2026-01-19T08:00:00+01:00
    note: Bezoek weer volgens de gewone uren.
  emergency-zuid:
    state: delays
    from: 2026-01-17T06:00:00+01:00
    until: 2026-01-17T08:00:00+01:00
    note: Het dossiersysteem wordt heropgestart.`,
	);
	const CLOSED = update('2026-01-14T10:00:00+01:00', 'phase: ongoing\nservices:\n  visiting: closed');
	const content = contentOf({ 'u1/nl': FIRST_UPDATE, 'u2/nl': CLOSED, 'u3/nl': RECOVERY });
	const at = (moment: string) => statusOf(content, new Date(moment));

	it('keeps the state until a planned change begins, and lists it as planned, not as a change now', () => {
		const before = at('2026-01-16T12:00:00+01:00');
		expect(states(before.current)).toMatchObject({ visiting: 'closed', 'emergency-zuid': 'open' });
		expect(before.update('u3')!.changes).toEqual([]);
		expect(
			before
				.update('u3')!
				.planned.map((plan) => [plan.serviceId, plan.state, plan.from.toISOString(), plan.until?.toISOString()]),
		).toEqual([
			['emergency-zuid', 'delays', '2026-01-17T05:00:00.000Z', '2026-01-17T07:00:00.000Z'],
			['visiting', 'open', '2026-01-19T07:00:00.000Z', undefined],
		]);
		expect(before.upcoming.map((plan) => plan.serviceId)).toEqual(['emergency-zuid', 'visiting']);
		expect(before.upcoming.map((plan) => plannedPhase(plan, before.now))).toEqual(['scheduled', 'scheduled']);
	});

	it('shows the window state during the window, with its note and start, and the state before it afterwards', () => {
		const during = at('2026-01-17T07:00:00+01:00');
		expect(during.current.services.get('emergency-zuid')).toEqual({
			serviceId: 'emergency-zuid',
			state: 'delays',
			note: { text: 'Het dossiersysteem wordt heropgestart.', updateId: 'u3' },
			since: { at: new Date('2026-01-17T05:00:00Z'), updateId: 'u3' },
		});
		expect(plannedPhase(during.upcoming[0]!, during.now)).toBe('in_progress');
		// The board as it was right after the update does not yet know the window's state.
		expect(states(during.update('u3')!.board)).toMatchObject({ 'emergency-zuid': 'open' });

		const after = at('2026-01-17T08:00:00+01:00');
		expect(after.current.services.get('emergency-zuid')).toEqual({ serviceId: 'emergency-zuid', state: 'open' });
		expect(after.upcoming.map((plan) => plan.serviceId)).toEqual(['visiting']);
		expect(
			after
				.serviceHistory('emergency-zuid')
				.map((entry) => [entry.update.id, entry.at.toISOString(), entry.change.from, entry.change.to]),
		).toEqual([
			['u3', '2026-01-17T05:00:00.000Z', 'open', 'delays'],
			['u3', '2026-01-17T07:00:00.000Z', 'delays', 'open'],
		]);
	});

	it('applies a planned change at its time and keeps it afterwards', () => {
		expect(states(at('2026-01-19T07:59:00+01:00').current)).toMatchObject({ visiting: 'closed' });
		const monday = at('2026-01-19T08:00:00+01:00');
		expect(monday.current.services.get('visiting')).toEqual({
			serviceId: 'visiting',
			state: 'open',
			note: { text: 'Bezoek weer volgens de gewone uren.', updateId: 'u3' },
		});
		expect(monday.upcoming).toEqual([]);
		expect(monday.serviceHistory('visiting').at(-1)).toMatchObject({
			at: new Date('2026-01-19T07:00:00Z'),
			change: { from: 'closed', to: 'open', restored: true },
		});
	});

	it('returns after a window to the state an update set during it, not to the state before it', () => {
		const withUpdate = contentOf({
			'u1/nl': FIRST_UPDATE,
			'u3/nl': RECOVERY,
			'u4/nl': update('2026-01-17T06:30:00+01:00', 'phase: recovering\nservices:\n  emergency-zuid: reduced'),
		});
		// A change published during a window ends the window: a later update has said otherwise.
		const status = statusOf(withUpdate, new Date('2026-01-17T09:00:00+01:00'));
		expect(states(status.current)).toMatchObject({ 'emergency-zuid': 'reduced' });
		expect(status.planned[0]!.endedEarly).toEqual({ at: new Date('2026-01-17T05:30:00Z'), updateId: 'u4' });
	});

	it('ends a window under way at once when a later update cancels it', () => {
		const stopped = contentOf({
			'u1/nl': FIRST_UPDATE,
			'u3/nl': RECOVERY,
			'u4/nl': update('2026-01-17T07:00:00+01:00', 'phase: recovering\nservices:\n  emergency-zuid:\n    cancel: true'),
		});
		const status = statusOf(stopped, new Date('2026-01-17T07:30:00+01:00'));
		expect(states(status.current)).toMatchObject({ 'emergency-zuid': 'open' });
		expect(status.update('u4')!.changes).toMatchObject([
			{ serviceId: 'emergency-zuid', from: 'delays', to: 'open', restored: true },
		]);
		expect(status.planned[0]).toMatchObject({ endedEarly: { updateId: 'u4' } });
		expect(status.conflicts).toEqual([]);
	});

	it('lets a later update cancel a planned change, or move it with cancel and a new from', () => {
		const withFourth = (visiting: string) =>
			contentOf({
				'u1/nl': FIRST_UPDATE,
				'u2/nl': CLOSED,
				'u3/nl': RECOVERY,
				'u4/nl': update('2026-01-18T12:00:00+01:00', `phase: recovering\nservices:\n  visiting:\n${visiting}`),
			});
		const cancelled = withFourth('    cancel: true\n    note: De heropening wordt uitgesteld.');
		const status = statusOf(cancelled, new Date('2026-01-20T12:00:00+01:00'));
		expect(status.current.services.get('visiting')).toMatchObject({
			state: 'closed',
			note: { text: 'De heropening wordt uitgesteld.', updateId: 'u4' },
		});
		expect(status.planned.find((plan) => plan.serviceId === 'visiting')!.cancelledBy).toBe('u4');
		// The cancel's note is news about the state now; the move below changes nothing now.
		expect(status.update('u4')!.changes).toMatchObject([{ serviceId: 'visiting', noteOnly: true }]);
		expect(status.upcoming).toEqual([]);
		expect(status.conflicts).toEqual([]);

		const moved = withFourth('    cancel: true\n    state: open\n    from: 2026-01-21T08:00:00+01:00');
		const monday = statusOf(moved, new Date('2026-01-19T12:00:00+01:00'));
		expect(monday.update('u4')!.changes).toEqual([]);
		expect(monday.update('u4')!.planned.map((plan) => plan.serviceId)).toEqual(['visiting']);
		expect(states(monday.current)).toMatchObject({ visiting: 'closed' });
		expect(monday.upcoming.map((plan) => [plan.updateId, plan.from.toISOString()])).toEqual([
			['u4', '2026-01-21T07:00:00.000Z'],
		]);
		expect(states(statusOf(moved, new Date('2026-01-21T08:00:00+01:00')).current)).toMatchObject({ visiting: 'open' });
	});

	it('counts a window across the change to summer time in real hours', () => {
		// Brussels moves from +01:00 to +02:00 at 02:00 on 29 March 2026: this night window lasts seven hours.
		const night = contentOf({
			'u1/nl': FIRST_UPDATE,
			'u2/nl': update(
				'2026-03-27T10:00:00+01:00',
				`phase: recovering
services:
  emergency-zuid:
    state: unavailable
    from: 2026-03-28T23:00:00+01:00
    until: 2026-03-29T07:00:00+02:00`,
			),
		});
		const state = (moment: string) => statusOf(night, new Date(moment)).current.services.get('emergency-zuid')!.state;
		expect(state('2026-03-28T22:59:00+01:00')).toBe('open');
		expect(state('2026-03-29T01:30:00+01:00')).toBe('unavailable');
		// 06:30 summer time is 04:30 UTC: still inside; a clock that ignored the offset would have ended at 06:00.
		expect(state('2026-03-29T06:30:00+02:00')).toBe('unavailable');
		expect(state('2026-03-29T07:00:00+02:00')).toBe('open');
		expect(plannedEnd(statusOf(night, NOW).planned[0]!).getTime() - new Date('2026-03-28T22:00:00Z').getTime()).toBe(
			7 * 3_600_000,
		);
	});
});
