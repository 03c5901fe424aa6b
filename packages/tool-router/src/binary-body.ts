import type { ProxyBinaryBody } from "@composio-client/api-types";
import { ComposioValidationError } from "@composio-client/core/common";
import {
  assertNonEmptyString,
  assertOptionalString,
  assertPlainObject,
} from "@composio-client/core/internal";
import { bytesToBase64 } from "./base64";

/**
 * `binaryBody` as the wire takes it: bytes and Blobs encoded to base64, a URL or base64 text
 * checked.
 */
export async function toWireBinaryBody(
  input: unknown,
  contentType: string | undefined,
): Promise<ProxyBinaryBody> {
  const path = "params.binaryBody";
  let base64: string;
  let type = contentType;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
    const view = ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    base64 = await bytesToBase64(view);
  } else if (typeof Blob !== "undefined" && input instanceof Blob) {
    base64 = await bytesToBase64(new Uint8Array(await input.arrayBuffer()));
    type ??= input.type || undefined;
  } else {
    assertPlainObject(input, path);
    assertOptionalString(input.contentType, `${path}.contentType`);
    type = (input.contentType as string | undefined) ?? contentType;
    if ("url" in input) {
      assertNonEmptyString(input.url, `${path}.url`);
      if (!isAbsoluteUrl(input.url)) {
        throw new ComposioValidationError(`${path}.url must be an absolute URL.`, {
          path: `${path}.url`,
        });
      }
      return type === undefined ? { url: input.url } : { url: input.url, content_type: type };
    }
    assertNonEmptyString(input.base64, `${path}.base64`);
    base64 = input.base64;
  }
  if (base64.length === 0) {
    throw new ComposioValidationError(`${path} is empty.`, { path });
  }
  return type === undefined ? { base64 } : { base64, content_type: type };
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
