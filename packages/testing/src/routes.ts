import type { OperationName } from "./faults";
import { SPEC } from "./spec.gen";
import type { OperationData } from "./spec-data";

export interface Route {
  operation: OperationName;
  data: OperationData;
  pathParams: Record<string, string>;
}

// Each path template split once: literal segments, and `{name}` for a parameter.
const TEMPLATES = Object.entries(SPEC.operations).map(([operation, data]) => ({
  operation: operation as OperationName,
  data,
  segments: data.path.split("/"),
}));

/** The operation a path belongs to, with its decoded path parameters; `undefined` if none. */
export function matchRoute(pathname: string): Route | undefined {
  const segments = pathname.split("/");
  for (const { operation, data, segments: template } of TEMPLATES) {
    if (template.length !== segments.length) continue;
    const pathParams: Record<string, string> = {};
    const matches = template.every((part, index) => {
      const actual = segments[index] as string;
      if (!part.startsWith("{")) return part === actual;
      if (actual === "") return false;
      try {
        pathParams[part.slice(1, -1)] = decodeURIComponent(actual);
        return true;
      } catch {
        return false;
      }
    });
    if (matches) return { operation, data, pathParams };
  }
  return undefined;
}
