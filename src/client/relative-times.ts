/**
 * Adds "12 minutes ago" / "in 3 hours" after the times that ask for it, in the page's
 * language, and keeps it current; shows the "next update is late" notice once its time has
 * passed (the page was built before, and is only rebuilt when that update comes). An
 * enhancement only: the absolute times are always there.
 */
const units: [Intl.RelativeTimeFormatUnit, number][] = [
	['day', 86_400_000],
	['hour', 3_600_000],
	['minute', 60_000],
];
const format = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: 'auto' });

function describe(instant: number): string {
	const difference = instant - Date.now();
	for (const [unit, size] of units) {
		if (Math.abs(difference) >= size || unit === 'minute') return format.format(Math.round(difference / size), unit);
	}
	return '';
}

function refresh() {
	for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-relative]')) {
		const instant = Date.parse(time.dateTime);
		if (Number.isNaN(instant)) continue;
		let label = time.nextElementSibling;
		if (!label?.classList.contains('relative-time')) {
			label = document.createElement('span');
			label.className = 'relative-time';
			time.after(label);
		}
		label.textContent = ` (${describe(instant)})`;
	}
	for (const notice of document.querySelectorAll<HTMLElement>('[data-late-after]')) {
		if (Date.now() > Date.parse(notice.dataset['lateAfter'] ?? '')) notice.hidden = false;
	}
}

refresh();
setInterval(refresh, 60_000);
