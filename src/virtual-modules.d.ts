declare module 'virtual:lantern/options' {
	/** The options of this build's one content load, provided by the content integration. */
	const options: import('./data/load-lantern.ts').LanternOptions;
	export default options;
}
