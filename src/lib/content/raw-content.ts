/** A file of the content folder: where it is (for messages) and what it says. */
export interface RawFile {
	/** The path shown to the writer, such as `content/updates/2026-01-13-0805-servers/nl.mdx`. */
	file: string;
	text: string;
}

/**
 * The content folder as text, before anything is checked: what `readContentFolder` reads from
 * disk and tests write in memory, so validation never touches the file system.
 */
export interface RawContent {
	site?: RawFile;
	services?: RawFile;
	/** By incident id (the file name without `.yaml`). */
	incidents: Map<string, RawFile>;
	/** By update id (the folder name), then by language (the file name without `.mdx`). */
	updates: Map<string, Map<string, RawFile>>;
	/** The site's own interface words (`i18n/<lang>.yaml`), by language; none when absent. */
	i18n?: Map<string, RawFile>;
	/** The folder read, as the writer sees it, and whether it exists: for the message when site.yaml is missing. */
	folder?: { shown: string; exists: boolean };
}
