// Custom field values on candidates, applications, jobs and openings, checked against the field's
// type and options; later reads of the object show them.
import type { Entity } from '../collection.js';
import { SandboxError } from '../errors.js';
import type { Handler } from '../handler.js';
import type { World } from '../world.js';

const OBJECT_KINDS: Record<string, string> = { Candidate: 'candidate', Application: 'application', Job: 'job', Opening: 'opening' };

function checkValue(field: Entity, value: unknown, param: string): { value: unknown; valueLabel?: string | string[] } {
  const bad = (what: string) => SandboxError.invalid(param, `${param} must be ${what} for "${field.title}" (${field.fieldType})`);
  const options = ((field.selectableValues as Array<{ value: string; label: string }>) ?? []).map((o) => o);
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  switch (field.fieldType) {
    case 'Boolean':
      if (typeof value !== 'boolean') throw bad('true or false');
      return { value };
    case 'Number':
      if (typeof value !== 'number') throw bad('a number');
      return { value };
    case 'Currency':
      if (!value || typeof value !== 'object' || typeof (value as { value?: unknown }).value !== 'number') throw bad('{value, currencyCode}');
      return { value };
    case 'Date':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad('a date');
      return { value: new Date(value).toISOString() };
    case 'ValueSelect':
      if (typeof value !== 'string' || !options.some((o) => o.value === value)) throw bad(`one of ${options.map((o) => o.value).join(', ')}`);
      return { value, valueLabel: labelOf(value) };
    case 'MultiValueSelect':
      if (!Array.isArray(value) || value.some((v) => !options.some((o) => o.value === v))) throw bad(`a list of ${options.map((o) => o.value).join(', ')}`);
      return { value, valueLabel: value.map((v) => labelOf(String(v))) };
    default: {
      // A location value, {country, region, city} in any combination (2026-07), is accepted where
      // text is: the spec names no fieldType for location fields.
      const v = value as Record<string, unknown>;
      if (
        v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        ['country', 'region', 'city'].some((k) => typeof v[k] === 'string') &&
        Object.values(v).every((x) => typeof x === 'string')
      ) {
        return {
          value,
          valueLabel: ['city', 'region', 'country']
            .map((k) => v[k])
            .filter(Boolean)
            .join(', '),
        };
      }
      if (typeof value !== 'string') throw bad('a string or a location {country, region, city}');
      return { value };
    }
  }
}

function setValues(world: World, objectType: string, objectId: string, values: Array<{ fieldId: string; fieldValue: unknown }>, param: (i: number) => string) {
  const kind = OBJECT_KINDS[objectType];
  world.need(kind, objectId);
  const results = values.map(({ fieldId, fieldValue }, i) => {
    const field = world.need('customField', fieldId, 'custom_field');
    if (field.objectType !== objectType)
      throw SandboxError.invalid(param(i), `custom field "${field.title}" belongs to ${field.objectType} objects, not ${objectType}`);
    if (field.isArchived) throw SandboxError.invalid(param(i), `custom field "${field.title}" is archived`);
    return { id: field.id, isPrivate: field.isPrivate === true, title: String(field.title), ...checkValue(field, fieldValue, param(i)) };
  });
  world.edit(kind, objectId, (d) => {
    const list = ((d.customFields as Array<{ id: string }>) ?? []).filter((f) => !results.some((r) => r.id === f.id));
    d.customFields = [...list, ...results];
  });
  return results;
}

export const customFieldHandlers: Record<string, Handler> = {
  'customField.setValue': ({ world, body }) => ({
    results: setValues(world, body.objectType, body.objectId, [{ fieldId: body.fieldId, fieldValue: body.fieldValue }], () => 'fieldValue')[0],
  }),

  'customField.setValues': ({ world, body }) => ({ results: setValues(world, body.objectType, body.objectId, body.values, (i) => `values[${i}].fieldValue`) }),

  'customField.info': ({ world, body }) => {
    if (body.customFieldId === undefined) throw SandboxError.invalid('customFieldId', 'missing required parameter "customFieldId"');
    return { results: world.need('customField', body.customFieldId, 'custom_field') };
  },
};
