import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { SHARED_TESTDATA } from '../helpers/paths.js';

let sarifValidator: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

/** Validate SARIF text against the official 2.1.0 schema (draft-04); returns the errors. */
export function sarifErrors(text: string): unknown[] {
  if (!sarifValidator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(JSON.parse(readFileSync(join(SHARED_TESTDATA, 'sarif-schema-2.1.0.json'), 'utf8')));
  }
  return sarifValidator(JSON.parse(text)) ? [] : ((sarifValidator.errors as unknown[]) ?? ['invalid']);
}

/** Validate JUnit XML against the Ant JUnit schema with libxml2 (WebAssembly); returns the errors. */
export async function junitErrors(xml: string): Promise<unknown[]> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [readFileSync(join(SHARED_TESTDATA, 'junit.xsd'), 'utf8')],
  });
  return result.valid ? [] : [...result.errors];
}
