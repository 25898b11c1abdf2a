import XMLBuilder from 'fast-xml-builder';

/** An XML tree: `@name` keys are attributes, `#` is an element's text, other keys are elements (a list repeats one). */
export type XmlTree = { [key: string]: XmlValue };
type XmlValue = string | XmlTree | XmlValue[];

/**
 * Writes the XML documents Lantern makes itself (Atom, CAP) with fast-xml-builder, the builder
 * @astrojs/rss writes RSS with (through fast-xml-parser): it escapes every `&`, `<`, `>` and quote
 * of a text or attribute value. xmlbuilder2, used before, leaves anything shaped like an entity as
 * it is (`&lt;` typed in a title came back as `<`, and `&nbsp;` made the file malformed XML), and
 * decodes entities in the values it is given.
 */
const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	textNodeName: '#',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: true,
});

export function xmlDocument(tree: XmlTree): string {
	return builder.build({ '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, ...tree });
}
