// Build time only (scripts/build.mjs): each resource's request validators compiled to standalone
// code with Ajv, so that a command checks its body without compiling schemas in every process.
// validate.ts loads dist/validators/<resource>.js lazily and falls back to compiling at run time.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { EndpointSpec } from '../../catalog/types.js';
import { loosenFormValues } from '../../catalog/form-values.js';
import { UUID } from '../../resolve/entry.js';
import { AJV_OPTIONS, lenientSchema } from './lenient.js';

/** An ES module exporting `byId`: endpoint id → validate function, for the endpoints with a request schema. */
export function validatorModule(endpoints: EndpointSpec[]): string {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, formats: { uuid: UUID }, code: { source: true, esm: true } });
  const names: Record<string, string> = {};
  endpoints.forEach((ep, i) => {
    if (!ep.request) return;
    ajv.addSchema(lenientSchema(loosenFormValues(ep.request)), ep.id);
    names[`v${i}`] = ep.id;
  });
  if (!Object.keys(names).length) return 'export const byId = {};\n';
  // CommonJS module: the function is the default export from source and the module itself when bundled.
  const mod = standaloneCode as unknown as { default?: unknown };
  const gen = (mod.default ?? mod) as (ajv: Ajv2020, refs: Record<string, string>) => string;
  const code = gen(ajv, names);
  const byId = Object.entries(names)
    .map(([v, id]) => `${JSON.stringify(id)}: ${v}`)
    .join(', ');
  return `${code}\nexport const byId = { ${byId} };\n`;
}
