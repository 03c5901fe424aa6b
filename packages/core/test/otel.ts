// OpenTelemetry's real SDK, recording in memory: the tracer the tracing tests pass as `tracer`,
// and the spans it exported, as plain data. The wrappers' tests import it from here (through
// their test/otel.ts), so it imports nothing of vitest at run time: each package has its own.
import { context, SpanKind, SpanStatusCode, type Tracer } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import type { afterAll, afterEach, beforeAll } from "vitest";

const exporter = new InMemorySpanExporter();
// Counts the spans started and ended, so that a span left open on some path fails the test.
let open = 0;
const counter: SpanProcessor = {
  onStart: () => {
    open++;
  },
  onEnd: () => {
    open--;
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};
const provider = new BasicTracerProvider({
  spanProcessors: [counter, new SimpleSpanProcessor(exporter)],
});

/** The tracer of the tests: the SDK's, as `trace.getTracer("my-app")` returns it to users. */
export const tracer: Tracer = provider.getTracer("composio-client-tests");

/** A span as exported, with everything an exporter would send. */
export interface RecordedSpan {
  name: string;
  kind: "INTERNAL" | "CLIENT" | "SERVER" | "PRODUCER" | "CONSUMER";
  attributes: Record<string, unknown>;
  status: { code: "UNSET" | "OK" | "ERROR"; message?: string };
  events: { name: string; attributes: Record<string, unknown> | undefined }[];
  spanId: string;
  traceId: string;
  parentSpanId: string | undefined;
}

function record(span: ReadableSpan): RecordedSpan {
  const { message } = span.status;
  return {
    name: span.name,
    kind: SpanKind[span.kind] as RecordedSpan["kind"],
    attributes: { ...span.attributes },
    status: {
      code: SpanStatusCode[span.status.code] as RecordedSpan["status"]["code"],
      ...(message !== undefined && { message }),
    },
    events: span.events.map((event) => ({ name: event.name, attributes: event.attributes })),
    spanId: span.spanContext().spanId,
    traceId: span.spanContext().traceId,
    parentSpanId: span.parentSpanContext?.spanId,
  };
}

/** Every span exported since the test began, in the order they ended. */
export function exportedSpans(): RecordedSpan[] {
  return exporter.getFinishedSpans().map(record);
}

/** The one exported span named `name`; throws unless there is exactly one. */
export function spanNamed(name: string): RecordedSpan {
  const found = exportedSpans().filter((span) => span.name === name);
  if (found.length !== 1) throw new Error(`${found.length} spans named ${name}, not 1`);
  return found[0] as RecordedSpan;
}

/** The exported spans whose parent is `parent`, in the order they ended. */
export function childrenOf(parent: RecordedSpan): RecordedSpan[] {
  return exportedSpans().filter((span) => span.parentSpanId === parent.spanId);
}

/**
 * Runs `fn` inside an active span named `name`, as the caller's own code would (an agent step),
 * and returns the recorded parent with `fn`'s result.
 */
export async function inParentSpan<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, async (span) => {
    try {
      return await fn();
    } finally {
      span.end();
    }
  });
}

/** The hooks of the calling package's vitest. */
interface Hooks {
  beforeAll: typeof beforeAll;
  afterEach: typeof afterEach;
  afterAll: typeof afterAll;
}

/**
 * Registers the SDK for the file's tests: the async-hooks context manager (so that a span
 * started in an awaited call has the caller's active span as parent), and after each test the
 * spans cleared, once checked: none may hold `secret` in its name, attributes, events or status,
 * and none may be left open.
 */
export function useTracing({ beforeAll, afterEach, afterAll }: Hooks, secret: string): void {
  const contextManager = new AsyncLocalStorageContextManager();
  beforeAll(() => {
    context.setGlobalContextManager(contextManager.enable());
  });
  afterEach(() => {
    const spans = JSON.stringify(exportedSpans());
    const left = open;
    exporter.reset();
    open = 0;
    if (spans.includes(secret)) throw new Error(`A span holds the key: ${spans}`);
    if (left !== 0) throw new Error(`${left} spans were started and never ended`);
  });
  afterAll(() => {
    context.disable();
  });
}
