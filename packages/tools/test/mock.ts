// The testing package's mock, from its source: a dev dependency on @composio-client/testing would
// make a package cycle (it tests itself through this wrapper), which turbo refuses.
export * from "../../testing/src/index";
