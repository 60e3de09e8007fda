import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { HAS_SHARED_TESTDATA, SHARED_TESTDATA } from '../helpers/paths.js';

/**
 * The official SARIF 2.1.0 schema and the Ant JUnit XSD are third-party material kept beside the
 * repository (CI has them); on a clone without them, the tests that need them skip and say why.
 */
export const HAS_SCHEMAS = HAS_SHARED_TESTDATA;
if (!HAS_SCHEMAS)
  console.warn(`skipping the SARIF 2.1.0 and JUnit schema validations: ${SHARED_TESTDATA} is not there (CI has it)`);

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
