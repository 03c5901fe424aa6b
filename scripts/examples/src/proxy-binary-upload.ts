/** Upload a file through a toolkit's own API, with Composio injecting the credentials. */
import { createToolRouterClient } from "@composio-client/tool-router";

const session = createToolRouterClient().session("trs_4xY8pQ2mNa");

// Bytes (Uint8Array, ArrayBuffer or Blob) are sent as base64 with their content type.
const report = new Blob(["quarter,revenue\nQ3,1200000\n"], { type: "text/csv" });
const upload = await session.proxyExecute({
  toolkit: "googledrive",
  endpoint: "https://www.googleapis.com/upload/drive/v3/files?uploadType=media",
  method: "POST",
  binaryBody: report,
});
// "completed" means Drive answered, whatever its status; "inputRequired" means it was not sent.
if (upload.resultType !== "completed") throw new Error(`Not sent: ${upload.resultType}`);
console.log(`Drive answered ${upload.status}:`, JSON.stringify(upload.data));

// A file Composio can download itself is passed by URL instead.
const fromUrl = await session.proxyExecute({
  toolkit: "googledrive",
  endpoint: "https://www.googleapis.com/upload/drive/v3/files?uploadType=media",
  method: "POST",
  binaryBody: { url: "https://files.example.com/report.pdf", contentType: "application/pdf" },
});
if (fromUrl.resultType === "completed") console.log(`Drive answered ${fromUrl.status}`);
