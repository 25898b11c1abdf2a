/**
 * Fills in "12 minutes ago" / "in 3 hours" after the times that ask for it, in the page's
 * language, and keeps it current; shows the "next update is late" notice once its time has
 * passed (the page was built before, and is only rebuilt when that update comes). An
 * enhancement only: the absolute times are always there. The build already kept each label's
 * room (as of its own clock, shown by nothing), so filling it in moves nothing on the page.
 */
import { relativeTimeLabel } from '../lib/relative-time.ts';

const lang = document.documentElement.lang || undefined;

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
		label.textContent = relativeTimeLabel(instant, Date.now(), lang);
		label.removeAttribute('data-pending');
		label.removeAttribute('data-reserve');
	}
	for (const notice of document.querySelectorAll<HTMLElement>('[data-late-after]')) {
		if (Date.now() > Date.parse(notice.dataset['lateAfter'] ?? '')) notice.hidden = false;
	}
}

refresh();
setInterval(refresh, 60_000);
