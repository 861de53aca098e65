// The spec types every form field submission's `value` as a string, while Ashby documents typed
// values (booleans, numbers, {score}, {type, value} rich text, lists, currency objects). Both the
// client's request check and the sandbox read the request schema through this, which accepts any
// value there; the values are checked against the form's field types instead (the offer and
// feedback workflows here, the handlers in the sandbox).
import type { JsonSchema } from './types.js';

export function loosenFormValues(schema: JsonSchema): JsonSchema {
  if (!JSON.stringify(schema).includes('"fieldSubmissions"')) return schema;
  return JSON.parse(JSON.stringify(schema), (key, node) => {
    if (key === 'fieldSubmissions' && node?.items?.properties?.value)
      return { ...node, items: { ...node.items, properties: { ...node.items.properties, value: {} } } };
    return node;
  }) as JsonSchema;
}
