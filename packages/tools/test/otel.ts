// OpenTelemetry's real SDK recording in memory, from core's tests: one setup for every package.
export * from "../../core/test/otel";
