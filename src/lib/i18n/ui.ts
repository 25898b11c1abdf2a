import type { Phase } from '../../schemas/state.ts';
import type { StateDefinition } from '../states.ts';

/**
 * Every interface string, per language. English defines the shape; the others must match it,
 * so a missing string is a type error rather than an empty spot on a page.
 */
const en = {
	statusSuffix: 'Service status',
	skipLink: 'Skip to content',
	nav: { home: 'Now', updates: 'All updates', services: 'Services', incidents: 'Incidents', label: 'Main' },
	languages: 'Read in another language',
	overall: {
		ok: 'All services are open as normal',
		minor: 'Open, with some services limited',
		major: 'Some services are only partly available',
		critical: 'Some services are not available',
	} satisfies Record<StateDefinition['tone'], string>,
	disruptedCount: (count: number, total: number) =>
		count === 0 ? `All ${total} services are open.` : `${count} of ${total} services are not working as normal.`,
	whatToDo: {
		heading: 'What to do now',
		emergency: 'Life in danger? Call',
		gpOnCall: 'Need a doctor outside office hours? Call the GP on-call service:',
		infoLine: 'Questions about your appointment? Call our information line:',
		hospitals: 'Other hospitals nearby:',
	},
	board: {
		heading: 'Services right now',
		headingThen: 'Services at the time of this update',
		allCampuses: 'All campuses',
		since: 'since',
		worstOnCampus: 'Worst state here:',
		jump: 'See which services',
	},
	latest: 'Latest update',
	lastUpdated: 'Last updated:',
	nextUpdate: 'Next update expected:',
	nextUpdateOverdue: 'The next update was expected at this time and is late. We will publish it as soon as we can.',
	noNextUpdate: 'No further updates are planned.',
	readMore: 'Read the full update',
	changes: {
		heading: 'What changed',
		none: 'No change to services in this update.',
		restored: 'back to normal',
		newNote: 'new information',
		was: (state: string) => `was: ${state}`,
	},
	timeline: {
		heading: 'All updates',
		intro: 'Every update we published, newest first.',
		newer: 'Newer updates',
		older: 'Older updates',
		page: (page: number, pages: number) => `Page ${page} of ${pages}`,
	},
	update: {
		published: 'Published',
		corrected: 'Corrected',
		previous: 'Previous update',
		next: 'Next update',
		incident: 'Incident:',
		otherLanguages: 'This update in other languages:',
		superseded: 'Newer information has been published since this update.',
		seeNow: 'See the situation now',
	},
	translation: {
		isTranslation: (source: string) => `This is a translation. The ${source} text is the official version.`,
		outdated: (source: string) =>
			`The ${source} text was changed after this translation was made. Some details here may be out of date; the ${source} text is correct.`,
		missing: (source: string) => `This update has not been translated yet. Below is the original ${source} text.`,
		readSource: (source: string) => `Read the ${source} text`,
	},
	service: {
		current: 'Right now',
		advice: 'What you can do',
		history: 'History',
		noHistory: 'This service has worked as normal throughout.',
		olderChanges: (count: number) =>
			`${count} older ${count === 1 ? 'change is' : 'changes are'} in the full list of updates:`,
		campus: 'Campus:',
		all: 'All services',
	},
	incident: {
		all: 'Incidents',
		started: 'Started:',
		phase: 'Phase:',
		resolvedAt: 'Resolved:',
		phases: 'Phases',
		updates: 'Updates about this incident',
		olderUpdates: (count: number) => `${count} older ${count === 1 ? 'update is' : 'updates are'} in the full list:`,
	},
	phase: { ongoing: 'Ongoing', recovering: 'Recovering', resolved: 'Resolved' } satisfies Record<Phase, string>,
	footer: {
		mirrors: 'If this site is slow or unreachable, the same information is at:',
		about: 'This site is kept apart from our own systems so that it stays available.',
	},
	notFound: { title: 'Page not found', text: 'This page does not exist. The latest information is on the home page.' },
	feeds: {
		description: (organisation: string) => `Every update from ${organisation} on its services, newest first.`,
		serviceDescription: (service: string) => `Every update that changes ${service}, newest first.`,
		heading: 'Follow these updates',
		intro:
			'You can get new updates without coming back to this page. A feed is a web address that a feed reader app checks for you; copy one of the links below into your feed reader, or into a service that turns feeds into email.',
		rss: 'RSS feed: works with almost every feed reader',
		atom: 'Atom feed: the same updates, for readers that prefer Atom',
		json: 'JSON Feed: the same updates, for programs and websites',
		serviceIntro: (service: string) => `Only want to know when ${service} changes? Follow this service alone:`,
		machines: 'For partner systems and websites:',
		statusApi: 'Current status as JSON (Statuspage-compatible API)',
		capAlerts: 'Alerts in the Common Alerting Protocol (CAP 1.2)',
		badge: 'Status badge (SVG) for your website',
	},
	cap: { event: 'Disruption of hospital services' },
	search: {
		label: 'Search the updates',
		button: 'Search',
		clear: 'Clear',
		heading: 'Search',
		intro: 'Search every update, service and incident. The newest come first.',
		placeholder: 'For example: ambulance, blood test, visiting',
		needsJavaScript:
			'Search needs JavaScript, which is switched off or did not load. Every update is also listed, newest first, on these pages:',
		filters: { service: 'Service', campus: 'Campus', incident: 'Incident', phase: 'Phase', state: 'State' },
	},
	print: {
		link: 'Print a notice for your door or waiting room',
		title: 'Notice',
		asOf: 'Situation on',
		disrupted: 'Not working as normal:',
		allOthersOpen: 'All other services are open as normal.',
		allOpen: 'All services are open as normal.',
		scan: 'Latest information: scan the code or go to',
	},
	swimlane: {
		heading: 'Services over time',
		title: (count: number) => `How ${count} ${count === 1 ? 'service' : 'services'} changed during this incident`,
		description: (start: string, end: string) =>
			`One line per service from ${start} to ${end}; the table below gives the same information.`,
		tableCaption: 'Each service, from when in which state',
		service: 'Service',
		from: 'From',
		state: 'State',
	},
	history: (service: string) => `${service}: history`,
	chooseLanguage: 'Choose your language',
	draft: 'DRAFT: only in the preview, not on the public site',
	/** Between a label and its value ("Planned surgery: Postponed"). */
	colon: ': ',
};

export type UiStrings = typeof en;

const nl: UiStrings = {
	statusSuffix: 'Status van de dienstverlening',
	skipLink: 'Naar de inhoud',
	nav: { home: 'Nu', updates: 'Alle updates', services: 'Diensten', incidents: 'Incidenten', label: 'Hoofdmenu' },
	languages: 'Lees in een andere taal',
	overall: {
		ok: 'Alle diensten werken normaal',
		minor: 'Open, maar sommige diensten zijn beperkt',
		major: 'Sommige diensten werken maar gedeeltelijk',
		critical: 'Sommige diensten zijn niet beschikbaar',
	},
	disruptedCount: (count, total) =>
		count === 0 ? `Alle ${total} diensten zijn open.` : `${count} van de ${total} diensten werken niet normaal.`,
	whatToDo: {
		heading: 'Wat moet u nu doen?',
		emergency: 'Levensgevaar? Bel',
		gpOnCall: 'Dokter nodig buiten de kantooruren? Bel de huisartsenwachtpost:',
		infoLine: 'Vragen over uw afspraak? Bel ons infonummer:',
		hospitals: 'Andere ziekenhuizen in de buurt:',
	},
	board: {
		heading: 'Diensten op dit moment',
		headingThen: 'Diensten op het moment van deze update',
		allCampuses: 'Alle campussen',
		since: 'sinds',
		worstOnCampus: 'Slechtste toestand hier:',
		jump: 'Bekijk welke diensten',
	},
	latest: 'Laatste update',
	lastUpdated: 'Laatst bijgewerkt:',
	nextUpdate: 'Volgende update verwacht:',
	nextUpdateOverdue: 'De volgende update was op dit tijdstip verwacht en is laat. We publiceren ze zo snel mogelijk.',
	noNextUpdate: 'Er zijn geen nieuwe updates meer gepland.',
	readMore: 'Lees de volledige update',
	changes: {
		heading: 'Wat is er veranderd?',
		none: 'Geen wijziging aan de diensten in deze update.',
		restored: 'weer normaal',
		newNote: 'nieuwe informatie',
		was: (state) => `was: ${state}`,
	},
	timeline: {
		heading: 'Alle updates',
		intro: 'Alle updates die we publiceerden, de nieuwste eerst.',
		newer: 'Nieuwere updates',
		older: 'Oudere updates',
		page: (page, pages) => `Pagina ${page} van ${pages}`,
	},
	update: {
		published: 'Gepubliceerd',
		corrected: 'Aangepast',
		previous: 'Vorige update',
		next: 'Volgende update',
		incident: 'Incident:',
		otherLanguages: 'Deze update in andere talen:',
		superseded: 'Na deze update is er nieuwere informatie verschenen.',
		seeNow: 'Bekijk de toestand nu',
	},
	translation: {
		isTranslation: (source) => `Dit is een vertaling. De tekst in het ${source} is de officiële versie.`,
		outdated: (source) =>
			`De tekst in het ${source} is gewijzigd nadat deze vertaling gemaakt werd. Sommige details kunnen verouderd zijn; de tekst in het ${source} klopt.`,
		missing: (source) => `Deze update is nog niet vertaald. Hieronder staat de oorspronkelijke tekst in het ${source}.`,
		readSource: (source) => `Lees de tekst in het ${source}`,
	},
	service: {
		current: 'Op dit moment',
		advice: 'Wat kunt u doen?',
		history: 'Geschiedenis',
		noHistory: 'Deze dienst werkte de hele tijd normaal.',
		olderChanges: (count) =>
			`${count} ${count === 1 ? 'oudere wijziging staat' : 'oudere wijzigingen staan'} in de volledige lijst van updates:`,
		campus: 'Campus:',
		all: 'Alle diensten',
	},
	incident: {
		all: 'Incidenten',
		started: 'Begonnen:',
		phase: 'Fase:',
		resolvedAt: 'Opgelost:',
		phases: 'Fasen',
		updates: 'Updates over dit incident',
		olderUpdates: (count) =>
			`${count} ${count === 1 ? 'oudere update staat' : 'oudere updates staan'} in de volledige lijst:`,
	},
	phase: { ongoing: 'Lopend', recovering: 'Herstel', resolved: 'Opgelost' },
	footer: {
		mirrors: 'Is deze site traag of onbereikbaar? Dezelfde informatie staat op:',
		about: 'Deze site staat los van onze eigen systemen, zodat ze bereikbaar blijft.',
	},
	notFound: {
		title: 'Pagina niet gevonden',
		text: 'Deze pagina bestaat niet. De laatste informatie staat op de startpagina.',
	},
	feeds: {
		description: (organisation) => `Alle updates van ${organisation} over de diensten, de nieuwste eerst.`,
		serviceDescription: (service) => `Alle updates die ${service} veranderen, de nieuwste eerst.`,
		heading: 'Volg deze updates',
		intro:
			'U kunt nieuwe updates krijgen zonder naar deze pagina terug te keren. Een feed is een webadres dat een feedlezer-app voor u in de gaten houdt; kopieer een van de links hieronder in uw feedlezer, of in een dienst die feeds als e-mail verstuurt.',
		rss: 'RSS-feed: werkt met bijna elke feedlezer',
		atom: 'Atom-feed: dezelfde updates, voor lezers die Atom verkiezen',
		json: 'JSON Feed: dezelfde updates, voor programma’s en websites',
		serviceIntro: (service) => `Wilt u enkel weten wanneer ${service} verandert? Volg alleen deze dienst:`,
		machines: 'Voor partnersystemen en websites:',
		statusApi: 'Huidige status als JSON (compatibel met Statuspage)',
		capAlerts: 'Meldingen in het Common Alerting Protocol (CAP 1.2)',
		badge: 'Statusbadge (SVG) voor uw website',
	},
	cap: { event: 'Verstoring van de ziekenhuisdiensten' },
	search: {
		label: 'Zoek in de updates',
		button: 'Zoeken',
		clear: 'Wissen',
		heading: 'Zoeken',
		intro: 'Zoek in alle updates, diensten en incidenten. De nieuwste staan eerst.',
		placeholder: 'Bijvoorbeeld: ziekenwagen, bloedafname, bezoek',
		needsJavaScript:
			'Zoeken werkt alleen met JavaScript, en dat staat uit of werd niet geladen. Alle updates staan ook, de nieuwste eerst, op deze pagina’s:',
		filters: { service: 'Dienst', campus: 'Campus', incident: 'Incident', phase: 'Fase', state: 'Toestand' },
	},
	print: {
		link: 'Druk een affiche af voor uw deur of wachtzaal',
		title: 'Affiche',
		asOf: 'Toestand op',
		disrupted: 'Werkt niet normaal:',
		allOthersOpen: 'Alle andere diensten werken normaal.',
		allOpen: 'Alle diensten werken normaal.',
		scan: 'Laatste informatie: scan de code of ga naar',
	},
	swimlane: {
		heading: 'De diensten in de tijd',
		title: (count) => `Hoe ${count} ${count === 1 ? 'dienst veranderde' : 'diensten veranderden'} tijdens dit incident`,
		description: (start, end) =>
			`Eén lijn per dienst van ${start} tot ${end}; de tabel eronder geeft dezelfde informatie.`,
		tableCaption: 'Elke dienst: vanaf wanneer in welke toestand',
		service: 'Dienst',
		from: 'Vanaf',
		state: 'Toestand',
	},
	history: (service) => `${service}: geschiedenis`,
	chooseLanguage: 'Kies uw taal',
	draft: 'ONTWERP: alleen in de voorvertoning, niet op de publieke site',
	colon: ': ',
};

// French typography: a non-breaking space (U+00A0) stands before : ? ! and ; in these strings.
const fr: UiStrings = {
	statusSuffix: 'État des services',
	skipLink: 'Aller au contenu',
	nav: {
		home: 'Maintenant',
		updates: 'Mises à jour',
		services: 'Services',
		incidents: 'Incidents',
		label: 'Menu principal',
	},
	languages: 'Lire dans une autre langue',
	overall: {
		ok: 'Tous les services fonctionnent normalement',
		minor: 'Ouvert, mais certains services sont limités',
		major: 'Certains services ne fonctionnent que partiellement',
		critical: 'Certains services ne sont pas disponibles',
	},
	disruptedCount: (count, total) =>
		count === 0
			? `Les ${total} services sont ouverts.`
			: `${count} ${count === 1 ? 'service sur' : 'services sur'} ${total} ne ${count === 1 ? 'fonctionne' : 'fonctionnent'} pas normalement.`,
	whatToDo: {
		heading: 'Que faire maintenant ?',
		emergency: 'Danger de mort ? Appelez le',
		gpOnCall: 'Besoin d’un médecin en dehors des heures de bureau ? Appelez le poste de garde :',
		infoLine: 'Questions sur votre rendez-vous ? Appelez notre ligne d’information :',
		hospitals: 'Autres hôpitaux à proximité :',
	},
	board: {
		heading: 'Les services en ce moment',
		headingThen: 'Les services au moment de cette mise à jour',
		allCampuses: 'Tous les campus',
		since: 'depuis',
		worstOnCampus: 'État le plus grave ici :',
		jump: 'Voir lesquels',
	},
	latest: 'Dernière mise à jour',
	lastUpdated: 'Dernière mise à jour :',
	nextUpdate: 'Prochaine mise à jour prévue :',
	nextUpdateOverdue:
		'La prochaine mise à jour était prévue à cette heure et a du retard. Nous la publierons dès que possible.',
	noNextUpdate: 'Aucune autre mise à jour n’est prévue.',
	readMore: 'Lire la mise à jour complète',
	changes: {
		heading: 'Ce qui a changé',
		none: 'Aucun changement des services dans cette mise à jour.',
		restored: 'de nouveau normal',
		newNote: 'nouvelle information',
		// French puts a non-breaking space before a colon.
		was: (state) => `avant\u00a0: ${state}`,
	},
	timeline: {
		heading: 'Toutes les mises à jour',
		intro: 'Toutes nos mises à jour, la plus récente en premier.',
		newer: 'Mises à jour plus récentes',
		older: 'Mises à jour plus anciennes',
		page: (page, pages) => `Page ${page} sur ${pages}`,
	},
	update: {
		published: 'Publié le',
		corrected: 'Corrigé le',
		previous: 'Mise à jour précédente',
		next: 'Mise à jour suivante',
		incident: 'Incident :',
		otherLanguages: 'Cette mise à jour dans d’autres langues :',
		superseded: 'Des informations plus récentes ont été publiées depuis cette mise à jour.',
		seeNow: 'Voir la situation actuelle',
	},
	translation: {
		isTranslation: (source) => `Ceci est une traduction. Le texte en ${source} fait foi.`,
		outdated: (source) =>
			`Le texte en ${source} a été modifié après cette traduction. Certains détails peuvent être dépassés ; le texte en ${source} est correct.`,
		missing: (source) => `Cette mise à jour n’est pas encore traduite. Voici le texte original en ${source}.`,
		readSource: (source) => `Lire le texte en ${source}`,
	},
	service: {
		current: 'En ce moment',
		advice: 'Que pouvez-vous faire ?',
		history: 'Historique',
		noHistory: 'Ce service a fonctionné normalement tout au long de l’incident.',
		olderChanges: (count) =>
			`${count} ${count === 1 ? 'changement plus ancien figure' : 'changements plus anciens figurent'} dans la liste complète des mises à jour\u00a0:`,
		campus: 'Campus :',
		all: 'Tous les services',
	},
	incident: {
		all: 'Incidents',
		started: 'Début :',
		phase: 'Phase :',
		resolvedAt: 'Résolu le :',
		phases: 'Phases',
		updates: 'Mises à jour sur cet incident',
		olderUpdates: (count) =>
			`${count} ${count === 1 ? 'mise à jour plus ancienne figure' : 'mises à jour plus anciennes figurent'} dans la liste complète\u00a0:`,
	},
	phase: { ongoing: 'En cours', recovering: 'Rétablissement', resolved: 'Résolu' },
	footer: {
		mirrors: 'Si ce site est lent ou inaccessible, les mêmes informations se trouvent sur :',
		about: 'Ce site est séparé de nos propres systèmes afin de rester disponible.',
	},
	notFound: {
		title: 'Page introuvable',
		text: 'Cette page n’existe pas. Les dernières informations sont sur la page d’accueil.',
	},
	feeds: {
		description: (organisation) =>
			`Toutes les mises à jour de ${organisation} sur ses services, la plus récente en premier.`,
		serviceDescription: (service) => `Toutes les mises à jour qui changent ${service}, la plus récente en premier.`,
		heading: 'Suivre ces mises à jour',
		intro:
			'Vous pouvez recevoir les nouvelles mises à jour sans revenir sur cette page. Un flux est une adresse web qu’une application de lecture de flux surveille pour vous ; copiez l’un des liens ci-dessous dans votre lecteur de flux, ou dans un service qui envoie les flux par e-mail.',
		rss: 'Flux RSS : fonctionne avec presque tous les lecteurs de flux',
		atom: 'Flux Atom : les mêmes mises à jour, pour les lecteurs qui préfèrent Atom',
		json: 'JSON Feed : les mêmes mises à jour, pour les programmes et les sites web',
		serviceIntro: (service) => `Vous voulez seulement savoir quand ${service} change ? Suivez ce service seul :`,
		machines: 'Pour les systèmes partenaires et les sites web :',
		statusApi: 'État actuel en JSON (compatible avec Statuspage)',
		capAlerts: 'Alertes au format Common Alerting Protocol (CAP 1.2)',
		badge: 'Badge d’état (SVG) pour votre site web',
	},
	cap: { event: 'Perturbation des services hospitaliers' },
	search: {
		label: 'Rechercher dans les mises à jour',
		button: 'Rechercher',
		clear: 'Effacer',
		heading: 'Recherche',
		intro: 'Cherchez dans toutes les mises à jour, les services et les incidents. Les plus récents d’abord.',
		placeholder: 'Par exemple\u00a0: ambulance, prise de sang, visites',
		needsJavaScript:
			'La recherche a besoin de JavaScript, qui est désactivé ou n’a pas été chargé. Toutes les mises à jour sont aussi listées, la plus récente en premier, sur ces pages\u00a0:',
		filters: { service: 'Service', campus: 'Campus', incident: 'Incident', phase: 'Phase', state: 'État' },
	},
	print: {
		link: 'Imprimer une affiche pour votre porte ou votre salle d’attente',
		title: 'Affiche',
		asOf: 'Situation le',
		disrupted: 'Ne fonctionne pas normalement\u00a0:',
		allOthersOpen: 'Tous les autres services fonctionnent normalement.',
		allOpen: 'Tous les services fonctionnent normalement.',
		scan: 'Dernières informations\u00a0: scannez le code ou allez sur',
	},
	swimlane: {
		heading: 'Les services dans le temps',
		title: (count) =>
			`Comment ${count} ${count === 1 ? 'service a changé' : 'services ont changé'} pendant cet incident`,
		description: (start, end) =>
			`Une ligne par service du ${start} au ${end}\u00a0; le tableau ci-dessous donne les mêmes informations.`,
		tableCaption: 'Chaque service\u00a0: à partir de quand, dans quel état',
		service: 'Service',
		from: 'À partir de',
		state: 'État',
	},
	history: (service) => `${service}\u00a0: historique`,
	chooseLanguage: 'Choisissez votre langue',
	draft: 'BROUILLON : seulement dans l’aperçu, pas sur le site public',
	colon: '\u00a0: ',
};

const STRINGS: Record<string, UiStrings> = { en, nl, fr };

/** The interface strings for a language; English for a site language Lantern has no strings for yet. */
export function ui(lang: string): UiStrings {
	return STRINGS[lang] ?? en;
}

/** The languages Lantern's interface is written in. */
export const UI_LANGUAGES = Object.keys(STRINGS);
