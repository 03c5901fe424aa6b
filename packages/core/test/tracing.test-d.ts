// The `tracer` option takes OpenTelemetry's own Tracer, typed structurally: these are checked
// against the real `@opentelemetry/api` types, which core never imports.
import { type Span, type Tracer, trace } from "@opentelemetry/api";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ComposioClientOptions,
  createComposioClient,
  type RequestOptions,
  type SpanLike,
  type TracerLike,
} from "../src/index";

describe("TracerLike", () => {
  it("is satisfied by OpenTelemetry's Tracer, and its Span by SpanLike", () => {
    expectTypeOf<Tracer>().toExtend<TracerLike>();
    expectTypeOf<Span>().toExtend<SpanLike>();
  });

  it("takes trace.getTracer() as is", () => {
    createComposioClient({ tracer: trace.getTracer("my-app"), traceToolPayloads: true });
    expectTypeOf<ComposioClientOptions["tracer"]>().toEqualTypeOf<TracerLike | undefined>();
    // @ts-expect-error A tracer must have startActiveSpan.
    createComposioClient({ tracer: { startSpan() {} } });
  });

  it("toolCallId is a per-call option only", () => {
    expectTypeOf<RequestOptions["toolCallId"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error Not a client option: one id per tool call.
    createComposioClient({ toolCallId: "call_1" });
  });
});
