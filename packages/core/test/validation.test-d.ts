import type { AuthScheme, CustomConnectionData } from "@composio-client/api-types";
import { describe, expectTypeOf, it } from "vitest";
import type { REQUIRED_CONNECTION_KEYS } from "../src/validation";

// The keys of T that are spelled out, without its `[key: string]` index signature.
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
type RequiredKnownKeys<T> = {
  [K in KnownKeys<T>]-?: Record<never, never> extends Pick<T, K> ? never : K;
}[KnownKeys<T>];
type ValOf<Scheme> = Extract<CustomConnectionData, { authScheme: Scheme }>["val"];

describe("the required credential keys checked at run time", () => {
  it("are exactly the ones the spec requires, for every auth scheme", () => {
    type Checked = { [S in AuthScheme]: (typeof REQUIRED_CONNECTION_KEYS)[S][number] };
    type InSpec = { [S in AuthScheme]: RequiredKnownKeys<ValOf<S>> };
    expectTypeOf<Checked>().toEqualTypeOf<InSpec>();
    expectTypeOf<RequiredKnownKeys<ValOf<"DCR_OAUTH">>>().toEqualTypeOf<
      "client_id" | "access_token"
    >();
  });
});
