import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { expect } from 'vitest';
import { STATUSPAGE_SCHEMAS } from '../../schemas/statuspage.ts';
import { PROJECT } from './build-site.ts';

/** Parses an XML file of the build after checking it is well-formed; attributes keep an `@_` prefix. */
export async function readXml(dist: string, file: string): Promise<Record<string, any>> {
	const text = await readFile(path.join(dist, file), 'utf8');
	try {
		SyntaxValidator.validate(text);
	} catch (error) {
		throw new Error(`${file} is not well-formed XML: ${(error as Error).message}`, { cause: error });
	}
	return new XMLParser({
		ignoreAttributes: false,
		isArray: (name) => ['item', 'entry', 'info', 'category', 'link'].includes(name),
	}).parse(text);
}

export async function readJson(dist: string, file: string): Promise<any> {
	return JSON.parse(await readFile(path.join(dist, file), 'utf8'));
}

/** A JSON Schema validator (2020-12, with formats such as date-time and uri). */
export function jsonSchemaValidator() {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats.default(ajv);
	return ajv;
}

/** Every Statuspage document of a build, by name, each checked against the shape Statuspage documents. */
export async function statuspageDocumentsIn(dist: string): Promise<Record<string, any>> {
	const ajv = jsonSchemaValidator();
	const documents: Record<string, any> = {};
	for (const [document, schema] of Object.entries(STATUSPAGE_SCHEMAS)) {
		const validate = ajv.compile(schema);
		documents[document] = await readJson(dist, `api/v2/${document}.json`);
		expect(validate(documents[document]), `${document}: ${ajv.errorsText(validate.errors)}`).toBe(true);
	}
	return documents;
}

/** The official OASIS CAP 1.2 schema, kept in the repository (tests/schemas/README.md says where it comes from). */
const CAP_XSD = path.join(PROJECT, 'tests/schemas/CAP-v1.2.xsd');

export async function validateCap(fileName: string, xml: string) {
	const schema = await readFile(CAP_XSD, 'utf8');
	return validateXML({ xml: [{ fileName, contents: xml }], schema: [schema] });
}
