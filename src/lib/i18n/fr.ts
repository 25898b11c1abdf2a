import type { UiStrings } from './ui-strings.ts';

// French typography: a non-breaking space, always written \u00a0, stands before : ; ? and ! (see UiStrings).
export const fr: UiStrings = {
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
		heading: 'Que faire maintenant\u00a0?',
		emergency: 'Danger de mort\u00a0? Appelez le',
		gpOnCall: 'Besoin d’un médecin en dehors des heures de bureau\u00a0? Appelez le poste de garde\u00a0:',
		infoLine: 'Questions sur votre rendez-vous\u00a0? Appelez notre ligne d’information\u00a0:',
		hospitals: 'Autres hôpitaux à proximité\u00a0:',
	},
	board: {
		heading: 'Les services en ce moment',
		headingThen: 'Les services au moment de cette mise à jour',
		allCampuses: 'Tous les campus',
		since: 'depuis',
	},
	group: {
		allNormal: (total) => (total === 1 ? 'Fonctionne normalement' : `Les ${total} fonctionnent normalement`),
		notNormal: (count, total) =>
			count === 1
				? `1 sur ${total} ne fonctionne pas normalement\u00a0: {service} ({state})`
				: `${count} sur ${total} ne fonctionnent pas normalement\u00a0; le plus touché\u00a0: {service} ({state})`,
	},
	home: {
		keyServices: 'Services essentiels en ce moment',
		notNormal: 'Ce qui ne fonctionne pas normalement',
		quiet: 'Le dernier incident, {incident}, s’est terminé le {time}.',
	},
	badge: (count, total) => (count === 0 ? 'tout est ouvert' : `${count} sur ${total} perturbés`),
	latest: 'Dernière mise à jour',
	lastUpdated: 'Dernière mise à jour\u00a0:',
	nextUpdate: 'Prochaine mise à jour prévue\u00a0:',
	nextUpdateOverdue:
		'La prochaine mise à jour était prévue à cette heure et a du retard. Nous la publierons dès que possible.',
	noNextUpdate: 'Aucune autre mise à jour n’est prévue.',
	readMore: 'Lire la mise à jour complète',
	changes: {
		heading: 'Ce qui a changé',
		none: 'Aucun changement des services dans cette mise à jour.',
		restored: 'de nouveau normal',
		newNote: 'nouvelle information',
		was: (state) => `avant\u00a0: ${state}`,
	},
	planned: {
		label: 'Prévu',
		from: 'à partir de',
		window: 'de',
		until: 'jusqu’à',
		upcoming: 'Prochainement',
		heading: 'Annoncé à l’avance',
		cancelled: 'annulé par une mise à jour ultérieure',
		next: 'Prochain changement prévu',
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
		incident: 'Incident\u00a0:',
		otherLanguages: 'Cette mise à jour dans d’autres langues\u00a0:',
		superseded: 'Des informations plus récentes ont été publiées depuis cette mise à jour.',
		seeNow: 'Voir la situation actuelle',
	},
	translation: {
		isTranslation: (source) => `Ceci est une traduction. Le texte en ${source} fait foi.`,
		outdated: (source) =>
			`Le texte en ${source} a été modifié après cette traduction. Certains détails peuvent être dépassés\u00a0; le texte en ${source} est correct.`,
		missing: (source) => `Cette mise à jour n’est pas encore traduite. Voici le texte original en ${source}.`,
		readSource: (source) => `Lire le texte en ${source}`,
	},
	service: {
		current: 'En ce moment',
		advice: 'Que pouvez-vous faire\u00a0?',
		history: 'Historique',
		noHistory: 'Ce service a toujours fonctionné normalement.',
		olderChanges: (count) =>
			`${count} ${count === 1 ? 'changement plus ancien figure' : 'changements plus anciens figurent'} dans la liste complète des mises à jour\u00a0:`,
		campus: 'Campus\u00a0:',
		all: 'Tous les services',
	},
	incident: {
		all: 'Incidents',
		started: 'Début\u00a0:',
		phase: 'Phase\u00a0:',
		resolvedAt: 'Résolu le',
		phases: 'Phases',
		updates: 'Mises à jour sur cet incident',
		olderUpdates: (count) =>
			`${count} ${count === 1 ? 'mise à jour plus ancienne figure' : 'mises à jour plus anciennes figurent'} dans la liste complète\u00a0:`,
	},
	phase: { ongoing: 'En cours', recovering: 'Rétablissement', resolved: 'Résolu' },
	states: {
		open: 'Ouvert',
		delays: 'Ouvert, attente prolongée',
		reduced: 'Capacité réduite',
		'urgent-only': 'Urgences uniquement',
		'no-ambulance': "Pas d'arrivées en ambulance",
		postponed: 'Reporté, nous vous contacterons',
		unavailable: 'Temporairement indisponible',
		closed: 'Fermé',
	},
	footer: {
		mirrors: 'Si ce site est lent ou inaccessible, les mêmes informations se trouvent sur\u00a0:',
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
			'Vous pouvez recevoir les nouvelles mises à jour sans revenir sur cette page. Un flux est une adresse web qu’une application de lecture de flux surveille pour vous\u00a0; copiez l’un des liens ci-dessous dans votre lecteur de flux, ou dans un service qui envoie les flux par e-mail.',
		rss: 'Flux RSS\u00a0: fonctionne avec presque tous les lecteurs de flux',
		atom: 'Flux Atom\u00a0: les mêmes mises à jour, pour les lecteurs qui préfèrent Atom',
		json: 'JSON Feed\u00a0: les mêmes mises à jour, pour les programmes et les sites web',
		serviceIntro: (service) =>
			`Vous voulez seulement savoir quand ${service} change\u00a0? Suivez ce service seul\u00a0:`,
		machines: 'Pour les systèmes partenaires et les sites web\u00a0:',
		statusApi: 'État actuel en JSON (compatible avec Statuspage)',
		capAlerts: 'Alertes au format Common Alerting Protocol (CAP 1.2)',
		badge: 'Badge d’état (SVG) pour votre site web',
		subscribe: {
			intro: 'Recevez chaque mise à jour directement\u00a0:',
			email: 'Par e-mail\u00a0: inscrivez-vous à notre liste de diffusion',
			mastodon: 'Sur Mastodon\u00a0: suivez notre compte',
			bluesky: 'Sur Bluesky\u00a0: suivez notre compte',
			ntfy: 'En notification sur votre téléphone\u00a0: abonnez-vous à ce sujet dans l’application gratuite ntfy',
		},
	},
	cap: { event: 'Perturbation des services hospitaliers' },
	search: {
		label: 'Rechercher dans les mises à jour',
		button: 'Rechercher',
		heading: 'Recherche',
		intro: 'Cherchez dans toutes les mises à jour, les services et les incidents. Les plus récents d’abord.',
		placeholder: 'Par exemple\u00a0: ambulance, prise de sang, visites',
		needsJavaScript:
			'La recherche a besoin de JavaScript, qui est désactivé ou n’a pas été chargé. Toutes les mises à jour sont aussi listées, la plus récente en premier, sur ces pages\u00a0:',
		filters: { service: 'Service', campus: 'Campus', incident: 'Incident', phase: 'Phase', state: 'État' },
		results: {
			none: 'Aucun résultat pour «\u00a0{query}\u00a0»',
			one: '{count}\u00a0résultat pour «\u00a0{query}\u00a0»',
			other: '{count}\u00a0résultats pour «\u00a0{query}\u00a0»',
		},
		filtered: {
			none: 'Aucune mise à jour avec ces filtres',
			one: '{count}\u00a0mise à jour avec ces filtres',
			other: '{count}\u00a0mises à jour avec ces filtres',
		},
		more: 'Afficher plus de résultats',
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
	draft: 'BROUILLON\u00a0: seulement dans l’aperçu, pas sur le site public',
	colon: '\u00a0: ',
	authoring: {
		sections: [
			'Que s’est-il passé\u00a0?',
			'Ce que cela signifie pour vous',
			'Que faire\u00a0?',
			'Prochaine mise à jour',
		],
		placeholder: '[ÉCRIVEZ ICI]',
		missingNumber: '[NUMÉRO DE TÉLÉPHONE]',
		cli: {
			intro: 'Nouvelle mise à jour',
			template: 'Partir d’un texte préparé\u00a0?',
			noTemplate: 'Non, une mise à jour vide',
			incident: 'Quel incident cette mise à jour concerne-t-elle\u00a0?',
			newIncident: 'Un nouvel incident',
			newIncidentTitle:
				'Nom du nouvel incident, tel que le public le lira (par exemple «\u00a0Panne informatique\u00a0»)',
			started: 'Quand a-t-il commencé\u00a0? (vide pour maintenant\u00a0; 06:30, 2026-01-13 06:30)',
			notAStart:
				'Un incident commence maintenant ou avant\u00a0: laissez vide pour maintenant, ou écrivez 06:30 ou 2026-01-13 06:30.',
			title: 'Titre (court, doit tenir sur l’écran d’un téléphone)',
			summary: 'Résumé\u00a0: que doit savoir tout le monde, en une ou deux phrases\u00a0?',
			services: 'Quels services changent\u00a0? (Espace pour cocher, Entrée pour valider)',
			stateOf: (name) => `Nouvel état de ${name}`,
			note: (name) => `Brève explication pour ${name} (peut rester vide)`,
			from: (name) =>
				`À partir de quand pour ${name}\u00a0? (vide pour maintenant\u00a0; +2h, 08:00, 2026-01-19 08:00)`,
			until: (name) =>
				`Jusqu’à quand\u00a0? ${name} revient ensuite à son état d’avant (vide si cela vaut jusqu’à une mise à jour ultérieure)`,
			now: 'en ce moment',
			phase: 'Phase de l’incident',
			next: 'Quand paraîtra la prochaine mise à jour\u00a0? (+4h, 16:00, 2026-01-13 16:00, ou aucune s’il n’y en a pas)',
			required: 'Cette réponse est obligatoire.',
			tooLong: (limit, length) => `Trop long\u00a0: ${length} caractères\u00a0; restez à ${limit}.`,
			whichTime: (written) => `${written} existe deux fois (cette nuit-là, on recule l’heure). Laquelle\u00a0?`,
			firstTime: 'la première, avant le passage à l’heure d’hiver',
			secondTime: 'la seconde, après le passage à l’heure d’hiver',
			written: 'Écrit',
			fill: 'Encore à compléter',
			then: 'Ensuite\u00a0: npm run check, puis npm run dev pour prévisualiser.',
			stamp: (command) =>
				`Remplacez les textes entre crochets dans chaque langue, puis confirmez que les traductions correspondent\u00a0: ${command}`,
			cancelled: 'Arrêté\u00a0; rien n’a été écrit.',
			forms: 'Un nouvel incident\u00a0: lancez npm run forms pour que les formulaires le proposent.',
		},
		init: {
			intro: 'Un site de statut à vous',
			organisation: 'Le nom de votre organisation, tel que le public le connaît',
			languages: 'Langues du site, la langue source d’abord (par exemple fr, ou fr,nl,en)',
			invalidLanguages: 'Indiquez des codes de langue comme fr ou nl, séparés par des virgules.',
			timeZone: 'Le fuseau horaire des heures du site (par exemple Europe/Brussels)',
			invalidTimeZone: 'Ce n’est pas un fuseau horaire\u00a0; par exemple Europe/Brussels.',
			siteUrl: 'L’adresse publique du site de statut (par exemple https://statut.exemple.be/)',
			invalidUrl: 'Indiquez une adresse web commençant par https://.',
			campuses: 'Vos sites ou campus, séparés par des virgules (un seul suffit)',
			services:
				'Sur quels services le public pose-t-il des questions\u00a0? (Espace pour cocher, Entrée pour valider\u00a0; services.yaml peut changer ensuite)',
			keyServices: 'Lesquels restent toujours sur le premier écran\u00a0? (quelques-uns au plus)',
			emergency: 'Le numéro d’urgence (par exemple 112)',
			gpOnCall: 'Le numéro pour des soins urgents qui ne sont pas une urgence vitale (par exemple le poste de garde)',
			infoLine:
				'Votre propre ligne d’information, sur un standard qui fonctionne sans votre informatique (peut rester vide)',
			invalidPhone: 'Un numéro de téléphone, comme 112 ou +32 9 123 45 00.',
			mirrors: 'Adresses de copies du site chez d’autres hébergeurs, séparées par des virgules (peut rester vide)',
			written: 'Écrit',
			then: 'Ensuite\u00a0: npm run check, puis npm run new pour la première mise à jour. docs/getting-started.md explique comment publier.',
		},
		form: {
			updateName: 'Nouvelle mise à jour',
			updateAbout: 'Écrivez une mise à jour pour le site d’état. Un collègue la relit avant sa publication.',
			translationName: 'Traduction d’une mise à jour',
			translationAbout: 'Traduisez une mise à jour publiée. Un collègue la relit avant sa publication.',
			incident: 'Incident',
			phase: 'Phase de l’incident',
			title: 'Titre',
			titleHelp: (limit) =>
				`Court\u00a0: ${limit} caractères au plus, pour tenir sur un écran de téléphone et dans une notification.`,
			summary: 'Résumé',
			summaryHelp: (limit) =>
				`Une ou deux phrases, ${limit} caractères au plus\u00a0: que doit savoir tout le monde\u00a0?`,
			noChange: 'Pas de changement',
			servicesHelp:
				'Choisissez un nouvel état seulement pour les services qui changent\u00a0; les autres gardent le leur. Un changement annoncé à l’avance\u00a0: indiquez une date et une heure dans «\u00a0À partir de quand\u00a0».',
			note: (service) => `Explication pour ${service} (facultatif)`,
			from: (service) => `À partir de quand, pour ${service} (facultatif\u00a0; vide pour tout de suite)`,
			nextUpdate: 'Prochaine mise à jour',
			nextUpdateHelp: (timeZone, example) =>
				`Date et heure (${timeZone}), par exemple ${example}. Laissez vide si aucune mise à jour ne suit.`,
			body: 'Texte',
			bodyHelp:
				'Markdown\u00a0: intertitres avec ##, listes avec -. Permis\u00a0: <Callout type="warning">…</Callout>, <Contact kind="emergency" />, <ServiceState service="…" />. Pas de HTML, pas de {…}.',
			update: 'Mise à jour',
			updateHelp:
				'Le nom de la mise à jour, comme dans son adresse web\u00a0: par exemple 2026-01-13-0805-servers-shut-down.',
			language: 'Langue',
			notes: 'Explications, traduites',
			notesHelp: 'Une ligne par service avec explication\u00a0: l’identifiant du service, deux-points, la traduction.',
			review: {
				before: 'Avant',
				after: 'Devient',
				translation: (language) => `Traduction en ${language}`,
				problemsIntro: 'Cette mise à jour ne peut pas encore être publiée\u00a0:',
				problemsAfter:
					'Modifiez le ticket pour la corriger\u00a0; elle est vérifiée à nouveau dès que vous enregistrez.',
				headings: 'Les titres du formulaire, chacun une fois, dans cet ordre\u00a0:',
				failed: (log) =>
					`Ce ticket n’a pas pu devenir une mise à jour, à cause d’une erreur de Lantern ou de la vérification, pas de vos réponses. Rien n’a été publié. Demandez à un collègue qui gère le site de lire ${log ? `le journal\u00a0: ${log}` : 'le journal de cette exécution'}\u00a0; une fois corrigé, modifiez le ticket et il sera traité à nouveau.`,
				stillStands: (plan) =>
					`Attention\u00a0: ce changement annoncé plus tôt s’applique toujours\u00a0: ${plan}. S’il ne doit plus s’appliquer, ajoutez cancel: true à ce service dans le fichier avant de fusionner.`,
			},
			problems: {
				empty: 'ce champ est vide\u00a0; remplissez-le',
				unknownChoice: (choices) => `choisissez dans la liste\u00a0: ${choices}`,
				choice: (label) => `«\u00a0${label}\u00a0»`,
				oneLine: 'cette réponse doit tenir sur une ligne',
				missingHeading: 'ce titre du formulaire manque\u00a0; remettez-le, avec sa réponse en dessous',
				unknownHeading: (suggestion) =>
					`ce titre n’est pas dans le formulaire${suggestion ? `\u00a0; vouliez-vous dire «\u00a0${suggestion}\u00a0»\u00a0?` : ''}`,
				repeatedHeading: (count) => `ce titre est là ${count} fois\u00a0; gardez-le une fois`,
				textBeforeHeadings:
					'il y a du texte au-dessus du premier titre, où il n’appartient à aucun champ\u00a0; déplacez-le sous son titre',
				pastTime: 'cette heure est passée\u00a0; la prochaine mise à jour doit venir plus tard',
				pastFrom: 'cette heure est passée\u00a0; laissez vide pour un changement immédiat',
				noUpdate: (id) => `il n’y a pas de mise à jour «\u00a0${id}\u00a0»`,
				notesLine: (line) => `cette ligne n’est pas «\u00a0identifiant\u00a0: traduction\u00a0»\u00a0: ${line}`,
				content: {
					'mdx-unreadable':
						'ce texte ne peut pas être lu\u00a0; écrivez un < ou un { du texte courant comme &lt; ou &#123;',
					'mdx-import': 'import et export ne sont pas permis\u00a0; les composants fonctionnent sans import',
					'mdx-expression': 'les expressions entre { } ne sont pas permises\u00a0; écrivez le texte lui-même',
					'mdx-html': 'le HTML n’est pas permis dans une mise à jour\u00a0; utilisez Markdown ou un des composants',
					'mdx-component':
						'ce composant ou cet attribut n’est pas possible ici\u00a0; voir les composants permis plus haut',
					'unsafe-link': 'ce lien n’est pas permis (seulement les liens https://, http://, mailto: et tel:)',
					'long-title': 'ce titre est trop long pour un écran de téléphone\u00a0; restez à {limit} caractères',
					'long-summary': 'ce résumé est trop long pour une notification\u00a0; restez à {limit} caractères',
					placeholder: 'il reste un espace réservé\u00a0; remplacez-le par le vrai texte',
					'no-such-note': 'ce service n’a pas d’explication dans le texte original',
				},
			},
		},
		time: {
			format: (example) => `ce n’est pas une date et une heure\u00a0; écrivez-la comme ${example}`,
			noSuchMonth: (day) => `${day} n’existe pas\u00a0: les mois vont de 01 à 12`,
			noSuchDay: (day, lastDay) => `${day} n’existe pas\u00a0: ce mois se termine le ${lastDay}`,
			noSuchTime: (time) => `${time} n’est pas une heure\u00a0: les heures vont de 00 à 23, les minutes de 00 à 59`,
			noSuchOffset: (offset) =>
				`${offset} n’est pas un décalage par rapport à UTC\u00a0; écrivez-le comme +01:00 ou -05:00`,
			skipped: (written, timeZone, from, to) =>
				`${written} n’existe pas dans le fuseau ${timeZone}\u00a0: cette nuit-là, l’heure passe de ${from} à ${to}\u00a0; choisissez une heure avant ou après`,
			wrongOffset: (written, timeZone, offsets) =>
				`le fuseau ${timeZone} n’a pas ce décalage à ${written}, mais ${offsets}`,
			repeated: (written, timeZone, taken, other) =>
				`${written} existe deux fois dans le fuseau ${timeZone} (cette nuit-là, on recule l’heure)\u00a0; c’est la première qui est retenue, ${taken}. Pour la seconde, écrivez ${other}.`,
		},
	},
	announce: {
		correction: 'Rectification',
		nextUpdate: (time) => `Prochaine mise à jour\u00a0: ${time}.`,
		readMore: 'Lire la mise à jour complète',
		mailFooter: (organisation, siteUrl) =>
			`Vous recevez ce message parce que vous suivez les mises à jour des services de ${organisation}. Toutes les mises à jour et la situation actuelle sont sur ${siteUrl}`,
	},
	exercise: {
		word: 'EXERCICE',
		notice: 'EXERCICE\u00a0: ceci est un exercice. Rien n’est réel.',
	},
};
