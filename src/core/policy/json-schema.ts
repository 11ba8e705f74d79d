import { toJSONSchema } from 'zod/mini';
import { PolicySchema } from './policy-schema';

/** The JSON Schema editors use to check a policy.json as it is typed; generated from the same zod schema. */
export function policyJsonSchema(): Record<string, unknown> {
  return toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
