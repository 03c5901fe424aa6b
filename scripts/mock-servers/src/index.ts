export type { Handler, RecordedRequest, TestHttpServer } from "./http-server";
export { sendJson, startHttpServer } from "./http-server";
export type { PrismMock, PrismMockOptions } from "./prism";
export { startPrismMock } from "./prism";
