import * as z from 'zod/mini';

/**
 * The JSON Schema of an input schema (its input side). A JS `Date` cannot come through
 * JSON; date fields are described as Jalali date strings.
 */
export function jsonSchemaOf(schema: z.ZodMiniType): unknown {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') {
        ctx.jsonSchema.type = 'string';
        ctx.jsonSchema.format = 'date-time';
        ctx.jsonSchema.description = 'A Gregorian instant (ISO 8601); read by its UTC calendar date';
      }
    },
  });
}
