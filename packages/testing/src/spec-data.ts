/** The subset of JSON Schema the spec's request bodies use; `$ref` names a schema of {@link SpecData.schemas}. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minLength?: number;
  pattern?: string;
  format?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}

/** One operation of the spec, as the mock serves it. */
export interface OperationData {
  method: string;
  /** The path template, such as `/api/v3/tools/execute/{tool_slug}`. */
  path: string;
  pathParams: string[];
  /** The headers that may carry the API key. */
  security: string[];
  body: Schema;
  /** The 200 response's examples, by name. */
  examples: Record<string, unknown>;
  statuses: number[];
}

/** The `error` object of Composio's error envelope. */
export interface ErrorDetail {
  message: string;
  code: number;
  slug: string;
  status: number;
  request_id?: string;
  suggested_fix?: string;
  errors?: string[];
}

/** What src/spec.gen.ts holds. */
export interface SpecData {
  operations: Record<string, OperationData>;
  schemas: Record<string, Schema>;
  /** The spec's example error per HTTP status. */
  errors: Record<string, ErrorDetail>;
}
