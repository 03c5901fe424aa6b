/**
 * DO NOT EDIT. This file is generated from spec/openapi.yaml by scripts/generate-types.mjs.
 * Change the spec and run `pnpm generate` instead.
 */

export interface paths {
    "/api/v3/tools/execute/{tool_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute tool
         * @description Execute a specific tool operation with provided arguments and authentication. This is the
         *     primary endpoint for integrating with third-party services and executing tools. Provide
         *     structured `arguments`, or a natural-language `text` description of what you want to
         *     accomplish; `arguments` and `text` are mutually exclusive.
         *
         *     A tool that ran but failed (for example, the third-party API rejected the call) still
         *     answers 200, with `successful: false` and the reason in `error`.
         */
        post: operations["executeTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tools
         * @description Lists tools with their input and output JSON Schemas, filtered by toolkit, slugs, tags or
         *     a search query. Results come a page at a time: pass `next_cursor` back as `cursor` until it
         *     is null.
         */
        get: operations["listTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tools/{tool_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tool
         * @description One tool with its input and output JSON Schemas, at the version asked for, else the one
         *     `toolkit_versions` picks, else the latest.
         */
        get: operations["getTool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a tool within a tool router session
         * @description Executes a specific tool within a tool router session. The toolkit is automatically
         *     inferred from the tool slug. The tool must belong to an allowed toolkit and must not be
         *     disabled in the session configuration. This endpoint validates permissions, resolves
         *     connected accounts, and executes the tool with the session context.
         *
         *     The answer is one of four results, told apart by `result_type`: `completed` (the tool
         *     ran and succeeded), `failed` (the tool ran and failed), `input_required` (the tool has
         *     not run: it waits for the user's answers, for example an approval before an email is
         *     sent), or `blocked` (a session hook blocked the call before it ran, or blocked its
         *     result: `error` has the hook's message). To continue after `input_required`, send the
         *     same call again with the user's answers in `input_responses` and `request_state`
         *     unchanged. Any result may carry `hook_results`, what the session's hooks reported. Older
         *     servers answer a single result object without `result_type`: it completed when `error`
         *     is null, and failed otherwise.
         *
         *     Composio's own workbench also calls this endpoint with a workbench access key; that
         *     scheme is not published, so only the project API key is described here.
         */
        post: operations["executeSessionTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/execute_meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a meta tool within a tool router session
         * @description Executes a Composio meta tool (`COMPOSIO_*`) within a tool router session. The answer has
         *     the same shapes as a tool execution (`completed`, `failed`, `input_required`, `blocked`,
         *     or, from older servers, a single result object without `result_type`), and a pause is
         *     answered the same way: the same call again with `input_responses` and `request_state`.
         */
        post: operations["executeSessionMetaTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/tool_router/session/{session_id}/proxy_execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute proxy request within a tool router session
         * @description Execute any native API call on a toolkit with authentication automatically injected from
         *     Composio. This endpoint proxies HTTP requests to third-party APIs using connected account
         *     credentials resolved from the session context. Provide the toolkit slug, API endpoint, and
         *     HTTP method; Composio handles authentication injection. Supports all HTTP methods, custom
         *     headers and query parameters, and binary request and response bodies.
         */
        post: operations["proxyExecuteSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The error envelope of every non-2xx response. */
        ErrorResponse: {
            error: components["schemas"]["ErrorDetail"];
        };
        ErrorDetail: {
            /** @description A human-readable description of the error. */
            message: string;
            /** @description Composio's own error code. It is not the HTTP status. */
            code: number;
            /** @description A stable, machine-readable name for the error. */
            slug: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description A unique identifier for this request. Include it when contacting support. */
            request_id?: string;
            /** @description Guidance on how to resolve the error, when available. */
            suggested_fix?: string;
            /** @description Individual validation problems, when there are several. */
            errors?: string[];
        };
        /** @description Key-value pairs of arguments required by the tool. Keys are passed through unchanged. */
        ToolArguments: {
            [key: string]: unknown;
        };
        /** @description One page of tools. */
        ToolList: {
            items: components["schemas"]["Tool"][];
            /** @description The cursor of the next page, or null (or absent) on the last page. */
            next_cursor?: string | null;
            total_pages: number;
            current_page: number;
            total_items: number;
        };
        /** @description A tool, with the JSON Schemas of its arguments and of what it returns. */
        Tool: {
            /** @description The tool's unique identifier, as passed to execution. */
            slug: string;
            /** @description The tool's display name. */
            name: string;
            /** @description What the tool does. */
            description: string;
            /** @description A shorter description for people, when there is one. */
            human_description?: string;
            toolkit: components["schemas"]["ToolToolkit"];
            /** @description The version these schemas describe. */
            version: string;
            /** @description Every version of this tool. */
            available_versions: string[];
            input_parameters: components["schemas"]["ToolJsonSchema"];
            output_parameters: components["schemas"]["ToolJsonSchema"];
            tags: string[];
            /** @description The OAuth scopes the tool needs. */
            scopes: string[];
            /** @description Structured scope requirements, or null for a tool with flat scopes only. Not typed further here. */
            scope_requirements?: unknown;
            /** @description Whether the tool runs without a connected account. */
            no_auth: boolean;
            is_deprecated: boolean;
            deprecated: components["schemas"]["ToolDeprecation"];
        };
        ToolToolkit: {
            slug: string;
            name: string;
            /** @description The URL of the toolkit's logo. */
            logo: string;
        };
        /** @description The deprecated fields of a tool, kept for older clients. */
        ToolDeprecation: {
            available_versions: string[];
            displayName: string;
            is_deprecated: boolean;
            toolkit: {
                logo: string;
            };
            version: string;
        };
        /** @description A JSON Schema (draft 7 style, usually `type object` with `properties` and `required`). */
        ToolJsonSchema: {
            [key: string]: unknown;
        };
        /** @description Provide either `arguments` or `text`, not both: they are mutually exclusive. */
        ExecuteToolRequest: {
            /**
             * @description The connected account to authenticate with: its id, or `instant_account` to run the
             *     tool on Composio's instant account for its toolkit even when the user has connected
             *     the toolkit themselves (the call then fails rather than fall back to another
             *     credential).
             * @example ca_7Hk2LmQ9xZ
             * @example instant_account
             */
            connected_account_id?: "instant_account" | string;
            /**
             * @deprecated
             * @description Deprecated: use `user_id` instead. Entity identifier for multi-entity connected accounts.
             */
            entity_id?: string;
            /** @description User id for multi-user connected accounts (for example multiple users or organizations). */
            user_id?: string;
            /** @description Tool version to execute. The server uses "00000000_00" when it is omitted. */
            version?: string;
            custom_auth_params?: components["schemas"]["CustomAuthParams"];
            custom_connection_data?: components["schemas"]["CustomConnectionData"];
            arguments?: components["schemas"]["ToolArguments"];
            /** @description Natural-language description of the task to perform (mutually exclusive with `arguments`). */
            text?: string;
            /**
             * @deprecated
             * @description Enable debug tracing for tool execution.
             */
            allow_tracing?: boolean | null;
        };
        ExecuteToolResponse: {
            /** @description The data returned by the tool. */
            data: {
                [key: string]: unknown;
            };
            /** @description Why the tool failed, or null when it succeeded. */
            error: string | null;
            /** @description Whether the tool succeeded. */
            successful: boolean;
            /** @description Unique identifier for the execution log. */
            log_id?: string;
            /**
             * @description Session details for tools that return session context, or null. Any JSON value: the
             *     API does not promise its shape.
             */
            session_info?: unknown;
        };
        /** @description Custom authentication parameters for tools that support parameterized authentication. */
        CustomAuthParams: {
            /** @description The base URL of the toolkit's API to call instead of the default. */
            base_url?: string;
            /** @description Headers or query parameters to add to the tool's API requests. */
            parameters?: components["schemas"]["CustomAuthParameter"][];
            /** @description Fields to add to the tool's API request body. */
            body?: {
                [key: string]: unknown;
            };
        };
        CustomAuthParameter: {
            /** @description The header or query parameter name. */
            name: string;
            /**
             * @description Where the parameter goes.
             * @enum {string}
             */
            in: "query" | "header";
            /** @description The parameter value. */
            value: string | number;
        };
        /** @description Credentials to use for this call instead of a stored connected account, by auth scheme. */
        CustomConnectionData: components["schemas"]["Oauth2ConnectionData"] | components["schemas"]["DcrOauthConnectionData"] | components["schemas"]["ApiKeyConnectionData"] | components["schemas"]["BasicWithJwtConnectionData"] | components["schemas"]["BasicConnectionData"] | components["schemas"]["BearerTokenConnectionData"] | components["schemas"]["Oauth1ConnectionData"] | components["schemas"]["NoAuthConnectionData"] | components["schemas"]["ServiceAccountConnectionData"] | components["schemas"]["GoogleServiceAccountConnectionData"] | components["schemas"]["S2sOauth2ConnectionData"];
        Oauth2ConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "OAUTH2";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                access_token: string;
            } & {
                [key: string]: unknown;
            };
        };
        DcrOauthConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "DCR_OAUTH";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                client_id: string;
                access_token: string;
            } & {
                [key: string]: unknown;
            };
        };
        ApiKeyConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "API_KEY";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                [key: string]: unknown;
            };
        };
        BasicWithJwtConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "BASIC_WITH_JWT";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                username: string;
                password: string;
            } & {
                [key: string]: unknown;
            };
        };
        BasicConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "BASIC";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                username: string;
                password?: string;
            } & {
                [key: string]: unknown;
            };
        };
        BearerTokenConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "BEARER_TOKEN";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                token: string;
            } & {
                [key: string]: unknown;
            };
        };
        Oauth1ConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "OAUTH1";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                oauth_token: string;
                oauth_token_secret: string;
            } & {
                [key: string]: unknown;
            };
        };
        NoAuthConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "NO_AUTH";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                [key: string]: unknown;
            };
        };
        ServiceAccountConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "SERVICE_ACCOUNT";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                application_id: string;
                installation_id: string;
                private_key: string;
            } & {
                [key: string]: unknown;
            };
        };
        GoogleServiceAccountConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "GOOGLE_SERVICE_ACCOUNT";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                credentials_json: string;
            } & {
                [key: string]: unknown;
            };
        };
        S2sOauth2ConnectionData: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            authScheme: "S2S_OAUTH2";
            /** @description The toolkit the credentials belong to. */
            toolkitSlug: string;
            val: {
                access_token: string;
            } & {
                [key: string]: unknown;
            };
        };
        SessionExecuteRequest: {
            /** @description The unique slug identifier of the tool to execute. */
            tool_slug: string;
            /**
             * @description The arguments required by the tool.
             * @default {}
             */
            arguments?: {
                [key: string]: unknown;
            };
            /**
             * @description Which connected account to use: an account ID (for example "coup_hurricane_dal_analytical")
             *     or an alias. When omitted with a single account, that account is used. When omitted with
             *     several accounts, the error lists the available accounts. Meta tools ignore it or take
             *     their own account fields.
             */
            account?: string;
            /**
             * @description When true, a direct (non-meta) tool call may answer with a preview offloaded to the
             *     session's workbench when the output exceeds the configured threshold and the workbench
             *     is enabled. When omitted or false, the output is returned inline.
             */
            enable_auto_workbench_offload?: boolean;
            input_responses?: components["schemas"]["InputResponses"];
            request_state?: components["schemas"]["RequestState"];
        };
        /**
         * @description A session tool's result, told apart by `result_type`. Servers that predate
         *     `result_type` send the legacy shape, which completed when `error` is null.
         */
        SessionExecuteResponse: components["schemas"]["SessionToolCompleted"] | components["schemas"]["SessionToolFailed"] | components["schemas"]["SessionInputRequired"] | components["schemas"]["SessionToolBlocked"] | components["schemas"]["SessionToolLegacyResult"];
        /**
         * @description What the session's hooks reported about the call. Any JSON: Composio has not published
         *     its shape yet.
         */
        HookResults: unknown;
        /** @description The tool ran and succeeded. */
        SessionToolCompleted: {
            /** @constant */
            result_type: "completed";
            /** @description The data returned by the tool. */
            data: {
                [key: string]: unknown;
            };
            /** @description Null when the tool succeeded. */
            error: string | null;
            /** @description Unique identifier for the execution log. */
            log_id: string;
            instant_charge?: components["schemas"]["InstantCharge"];
            hook_results?: components["schemas"]["HookResults"];
        };
        /** @description The tool ran and failed. */
        SessionToolFailed: {
            /** @constant */
            result_type: "failed";
            /** @description Whatever the tool returned before it failed. */
            data: {
                [key: string]: unknown;
            };
            /** @description Why the tool failed. */
            error: string | null;
            /** @description Unique identifier for the execution log. */
            log_id: string;
            instant_charge?: components["schemas"]["InstantCharge"];
            hook_results?: components["schemas"]["HookResults"];
        };
        /**
         * @description A session hook blocked the call: before the tool ran, or after, withholding its result.
         *     Nothing the tool returned is given back; `error` has the hook's message.
         */
        SessionToolBlocked: {
            /** @constant */
            result_type: "blocked";
            /** @description Empty when blocked. */
            data?: {
                [key: string]: unknown;
            };
            /** @description The hook's message, saying why the call was blocked. */
            error: string | null;
            /** @description Why the hook blocked the call. Any JSON: Composio has not published its shape yet. */
            block_reason?: unknown;
            hook_results?: components["schemas"]["HookResults"];
            /** @description Unique identifier for the execution log, when one was written. */
            log_id?: string;
        };
        /**
         * @description The single result object of servers that predate `result_type`: the tool completed when
         *     `error` is null, and failed otherwise.
         */
        SessionToolLegacyResult: {
            /** @description The data returned by the tool execution. */
            data: {
                [key: string]: unknown;
            };
            /** @description Error message if the execution failed, null otherwise. */
            error: string | null;
            /** @description Unique identifier for the execution log. */
            log_id: string;
        };
        /**
         * @description The call has not run: it waits for the user's answers. Send the same call again with
         *     `input_responses`, keyed by the ids of `input_requests`, and `request_state` unchanged.
         */
        SessionInputRequired: {
            /** @constant */
            result_type: "input_required";
            /** @description The questions for the user, keyed by the ids their answers must reuse. */
            input_requests: {
                [key: string]: components["schemas"]["InputRequest"];
            };
            /** @description Opaque state; when present, send it back unchanged with the answers. */
            request_state?: string;
            hook_results?: components["schemas"]["HookResults"];
        };
        /** @description One question for the user. */
        InputRequest: {
            /**
             * @description The kind of input requested.
             * @enum {string}
             */
            type: "elicitation";
            /**
             * @description How the answer is collected.
             * @enum {string}
             */
            mode: "form";
            /** @description What to show the user. */
            message: string;
            /**
             * @description The JSON Schema of the answer's `content`: a flat object of string, number, boolean or
             *     enum fields.
             */
            requested_schema: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Experimental: the user's answers to an earlier `input_required` result, keyed by the ids
         *     of its `input_requests`. Sent with the same call, to continue it.
         * @example {
         *       "approval_3f9a1c2b7d4e5f60": {
         *         "action": "accept",
         *         "content": {
         *           "decision": "approve"
         *         }
         *       }
         *     }
         */
        InputResponses: {
            [key: string]: unknown;
        };
        /**
         * @description Experimental: the `request_state` of an earlier `input_required` result, sent back
         *     unchanged.
         */
        RequestState: string;
        /**
         * @description What the call cost on Composio's instant accounts. Present only when the session enables
         *     returning instant charges and a charge applies; failed calls usually omit it.
         */
        InstantCharge: {
            /**
             * @description The charge in USD, as an exact non-negative decimal string with up to 12 fractional digits.
             * @example 0.0042
             */
            amount: string;
            /**
             * @description Always USD.
             * @enum {string}
             */
            currency: "USD";
            /**
             * @description Always composio.
             * @enum {string}
             */
            charged_by: "composio";
        };
        /**
         * @description A Composio meta tool.
         * @enum {string}
         */
        MetaToolSlug: "COMPOSIO_SEARCH_TOOLS" | "COMPOSIO_MULTI_EXECUTE_TOOL" | "COMPOSIO_MANAGE_CONNECTIONS" | "COMPOSIO_WAIT_FOR_CONNECTIONS" | "COMPOSIO_REMOTE_WORKBENCH" | "COMPOSIO_REMOTE_BASH_TOOL" | "COMPOSIO_GET_TOOL_SCHEMAS" | "COMPOSIO_SUBMIT_FEEDBACK" | "COMPOSIO_PROXY_EXECUTE";
        SessionExecuteMetaRequest: {
            slug: components["schemas"]["MetaToolSlug"];
            /**
             * @description The arguments required by the meta tool.
             * @default {}
             */
            arguments?: {
                [key: string]: unknown;
            };
            input_responses?: components["schemas"]["InputResponses"];
            request_state?: components["schemas"]["RequestState"];
        };
        SessionExecuteMetaResponse: components["schemas"]["SessionExecuteResponse"];
        /**
         * @description The HTTP method of the proxied request.
         * @enum {string}
         */
        ProxyMethod: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD";
        ProxyParameter: {
            /** @description The header or query parameter name. */
            name: string;
            /** @description The header or query parameter value. */
            value: string;
            /**
             * @description Whether this is a header or a query parameter.
             * @enum {string}
             */
            type: "header" | "query";
        };
        BinaryBodyFromUrl: {
            /**
             * Format: uri
             * @description Where Composio downloads the bytes to send.
             */
            url: string;
            /** @description The Content-Type of the upload. */
            content_type?: string;
        };
        BinaryBodyFromBase64: {
            /** @description The bytes to send, base64-encoded. */
            base64: string;
            /** @description The Content-Type of the upload. */
            content_type?: string;
        };
        SessionProxyExecuteRequest: {
            /** @description The slug of the toolkit to use for the request. */
            toolkit_slug: string;
            /** @description The API endpoint to call, an absolute URL or a path relative to the base URL of the connected account. */
            endpoint: string;
            method: components["schemas"]["ProxyMethod"];
            /** @description The request body (for POST, PUT and PATCH requests). Any JSON value, sent unchanged. */
            body?: unknown;
            /** @description Binary body to send, downloaded from a URL or decoded from base64. */
            binary_body?: components["schemas"]["BinaryBodyFromUrl"] | components["schemas"]["BinaryBodyFromBase64"];
            /** @description Additional HTTP headers or query parameters to include in the request. */
            parameters?: components["schemas"]["ProxyParameter"][];
            /**
             * @deprecated
             * @description Deprecated for proxied calls: credentials to use instead of the session's connected
             *     account.
             */
            custom_connection_data?: components["schemas"]["CustomConnectionData"];
        };
        /** @description Where to download a binary response body. */
        ProxyBinaryData: {
            /** @description A temporary URL to download the response body from. */
            url: string;
            /** @description The Content-Type of the response body. */
            content_type: string;
            /** @description The size of the response body in bytes. */
            size: number;
            /** @description When the URL stops working. */
            expires_at?: string;
        };
        /**
         * @description The upstream API's answer, or a pause for the user's input (the request was not sent).
         *     Servers that predate `result_type` send the legacy shape.
         */
        SessionProxyExecuteResponse: components["schemas"]["SessionProxyCompleted"] | components["schemas"]["SessionInputRequired"] | components["schemas"]["SessionProxyLegacyResult"];
        /** @description The request was sent and the upstream API answered. */
        SessionProxyCompleted: {
            /** @constant */
            result_type: "completed";
            /** @description The HTTP status of the upstream API's response. */
            status: number;
            /** @description The upstream API's response body, parsed when it is JSON. Any JSON value, or null. */
            data?: unknown;
            binary_data?: components["schemas"]["ProxyBinaryData"];
            /** @description The upstream API's response headers. */
            headers?: {
                [key: string]: string;
            };
        };
        /** @description The answer of servers that predate `result_type`. */
        SessionProxyLegacyResult: {
            /** @description The HTTP status of the upstream API's response. */
            status: number;
            /** @description The upstream API's response body, parsed when it is JSON. Any JSON value, or null. */
            data?: unknown;
            binary_data?: components["schemas"]["ProxyBinaryData"];
            /** @description The upstream API's response headers. */
            headers?: {
                [key: string]: string;
            };
        };
    };
    responses: {
        /** @description Bad request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Validation error while processing request",
                 *         "code": 10400,
                 *         "slug": "Request_ValidationError",
                 *         "status": 400,
                 *         "request_id": "req_9a8b7c6d5e4f",
                 *         "suggested_fix": "Please check the payload.",
                 *         "errors": [
                 *           "Error in payload.text.arguments: Only one of 'text' or 'arguments' must be provided"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Invalid API key",
                 *         "code": 10401,
                 *         "slug": "Auth_InvalidApiKey",
                 *         "status": 401,
                 *         "request_id": "req_1b2c3d4e5f6a",
                 *         "suggested_fix": "Check the x-api-key header against the key in your project settings."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Payment required */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Wallet balance is exhausted; add credits to resume instant tool calls or connect your own account",
                 *         "code": 10402,
                 *         "slug": "Billing_InsufficientBalance",
                 *         "status": 402,
                 *         "request_id": "req_0a1b2c3d4e5f",
                 *         "suggested_fix": "Add credits, or connect the toolkit with your own account."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The toolkit github is not allowed in this session",
                 *         "code": 10403,
                 *         "slug": "ToolRouter_ToolkitNotAllowed",
                 *         "status": 403,
                 *         "request_id": "req_2c3d4e5f6a7b"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "No connected account found for this user and toolkit",
                 *         "code": 10404,
                 *         "slug": "ConnectedAccount_NotFound",
                 *         "status": 404,
                 *         "request_id": "req_3d4e5f6a7b8c",
                 *         "suggested_fix": "Connect the user to the toolkit first."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Conflict */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "This input request was already answered",
                 *         "code": 10409,
                 *         "slug": "ToolRouter_InputAlreadyAnswered",
                 *         "status": 409,
                 *         "request_id": "req_3e4f5a6b7c8d"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Request timeout */
        RequestTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The tool did not finish within the time limit",
                 *         "code": 10408,
                 *         "slug": "ToolExecution_Timeout",
                 *         "status": 408,
                 *         "request_id": "req_4e5f6a7b8c9d"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Gone */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "This tool version has been retired",
                 *         "code": 10410,
                 *         "slug": "Tool_VersionRetired",
                 *         "status": 410,
                 *         "request_id": "req_5f6a7b8c9d0e",
                 *         "suggested_fix": "Omit version to run the latest version of the tool."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Payload too large */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Request body exceeds the maximum allowed size",
                 *         "code": 10413,
                 *         "slug": "Request_PayloadTooLarge",
                 *         "status": 413,
                 *         "request_id": "req_6a7b8c9d0e1f"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unprocessable entity */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The arguments do not match the tool's input schema",
                 *         "code": 10422,
                 *         "slug": "ToolExecution_InvalidArguments",
                 *         "status": 422,
                 *         "request_id": "req_7b8c9d0e1f2a",
                 *         "errors": [
                 *           "arguments.owner: Required"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Rate limit exceeded",
                 *         "code": 10429,
                 *         "slug": "RateLimit_Exceeded",
                 *         "status": 429,
                 *         "request_id": "req_8c9d0e1f2a3b",
                 *         "suggested_fix": "Retry after the number of seconds in the Retry-After header."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Internal server error */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "An unexpected error occurred",
                 *         "code": 10500,
                 *         "slug": "Internal_ServerError",
                 *         "status": 500,
                 *         "request_id": "req_9d0e1f2a3b4c"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not implemented */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Natural-language execution is not available for this tool",
                 *         "code": 10501,
                 *         "slug": "ToolExecution_TextNotSupported",
                 *         "status": 501,
                 *         "request_id": "req_0e1f2a3b4c5d",
                 *         "suggested_fix": "Pass structured arguments instead of text."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Bad gateway */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The upstream API returned an invalid response",
                 *         "code": 10502,
                 *         "slug": "Upstream_BadGateway",
                 *         "status": 502,
                 *         "request_id": "req_1f2a3b4c5d6e"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Service unavailable */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The service is temporarily unavailable",
                 *         "code": 10503,
                 *         "slug": "Service_Unavailable",
                 *         "status": 503,
                 *         "request_id": "req_2a3b4c5d6e7f"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Tool router session ID (required for public API, optional for internal, where middleware injects it).
         * @example trs_4xY8pQ2mNa
         */
        SessionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    executeTool: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A JSON-encoded object of headers forwarded to the LLM gateway when the tool is executed from natural-language `text`.
                 * @example {"x-trace-id":"trace_8f14e45f"}
                 */
                "x-llm-gateway-headers"?: string;
            };
            path: {
                /**
                 * @description The tool slug to execute.
                 * @example GITHUB_CREATE_AN_ISSUE
                 */
                tool_slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteToolRequest"];
            };
        };
        responses: {
            /** @description The tool ran. Check `successful` to know whether the tool itself succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteToolResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            410: components["responses"]["Gone"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            501: components["responses"]["NotImplemented"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTools: {
        parameters: {
            query?: {
                /**
                 * @description Only tools of this toolkit.
                 * @example github
                 */
                toolkit_slug?: string;
                /**
                 * @description A comma-separated list of tool slugs to return; it overrides the other filters.
                 * @example GITHUB_CREATE_AN_ISSUE,GMAIL_SEND_EMAIL
                 */
                tool_slugs?: string;
                /** @description Free text matched against the tools' names, descriptions and purpose. */
                search?: string;
                /** @description Only tools carrying one of these tags; repeat the parameter for several. */
                tags?: string[];
                /** @description "true" for the featured tools only. */
                important?: "true" | "false";
                /** @description Whether deprecated tools are listed too. */
                include_deprecated?: boolean;
                /**
                 * @description Which toolkit versions to describe: `latest`, or a version per toolkit in bracket
                 *     notation (`toolkit_versions[github]=20250909_00`).
                 * @example latest
                 */
                toolkit_versions?: string;
                /**
                 * @description How many tools per page.
                 * @example 50
                 */
                limit?: number;
                /** @description The `next_cursor` of the previous page; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "slug": "GITHUB_CREATE_AN_ISSUE",
                     *           "name": "Create an issue",
                     *           "description": "Creates a new issue in a GitHub repository.",
                     *           "toolkit": {
                     *             "slug": "github",
                     *             "name": "GitHub",
                     *             "logo": "https://logos.composio.dev/api/github"
                     *           },
                     *           "version": "20250909_00",
                     *           "available_versions": [
                     *             "20250909_00"
                     *           ],
                     *           "input_parameters": {
                     *             "type": "object",
                     *             "properties": {
                     *               "owner": {
                     *                 "type": "string",
                     *                 "description": "The account owner of the repository."
                     *               },
                     *               "repo": {
                     *                 "type": "string",
                     *                 "description": "The name of the repository."
                     *               },
                     *               "title": {
                     *                 "type": "string",
                     *                 "description": "The title of the issue."
                     *               }
                     *             },
                     *             "required": [
                     *               "owner",
                     *               "repo",
                     *               "title"
                     *             ]
                     *           },
                     *           "output_parameters": {
                     *             "type": "object",
                     *             "properties": {
                     *               "data": {
                     *                 "type": "object",
                     *                 "additionalProperties": true
                     *               }
                     *             }
                     *           },
                     *           "tags": [
                     *             "issues"
                     *           ],
                     *           "scopes": [
                     *             "repo"
                     *           ],
                     *           "no_auth": false,
                     *           "is_deprecated": false,
                     *           "deprecated": {
                     *             "available_versions": [
                     *               "20250909_00"
                     *             ],
                     *             "displayName": "Create an issue",
                     *             "is_deprecated": false,
                     *             "toolkit": {
                     *               "logo": "https://logos.composio.dev/api/github"
                     *             },
                     *             "version": "20250909_00"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": null,
                     *       "total_pages": 1,
                     *       "current_page": 1,
                     *       "total_items": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ToolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTool: {
        parameters: {
            query?: {
                /**
                 * @description The tool version to describe; it takes precedence over `toolkit_versions`.
                 * @example 20250909_00
                 */
                version?: string;
                /** @description `latest`, or a version per toolkit in bracket notation. */
                toolkit_versions?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The tool's slug.
                 * @example GITHUB_CREATE_AN_ISSUE
                 */
                tool_slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "slug": "GMAIL_SEND_EMAIL",
                     *       "name": "Send Email",
                     *       "description": "Sends an email through the Gmail API.",
                     *       "toolkit": {
                     *         "slug": "gmail",
                     *         "name": "Gmail",
                     *         "logo": "https://logos.composio.dev/api/gmail"
                     *       },
                     *       "version": "20250910_00",
                     *       "available_versions": [
                     *         "20250910_00"
                     *       ],
                     *       "input_parameters": {
                     *         "type": "object",
                     *         "properties": {
                     *           "recipient_email": {
                     *             "type": "string",
                     *             "description": "The primary recipient's email address."
                     *           },
                     *           "user_id": {
                     *             "type": "string",
                     *             "default": "me",
                     *             "description": "The user's email address, or \"me\" for the authenticated user."
                     *           }
                     *         }
                     *       },
                     *       "output_parameters": {
                     *         "type": "object",
                     *         "properties": {
                     *           "data": {
                     *             "type": "object",
                     *             "additionalProperties": true
                     *           }
                     *         }
                     *       },
                     *       "tags": [
                     *         "email"
                     *       ],
                     *       "scopes": [],
                     *       "no_auth": false,
                     *       "is_deprecated": false,
                     *       "deprecated": {
                     *         "available_versions": [
                     *           "20250910_00"
                     *         ],
                     *         "displayName": "Send Email",
                     *         "is_deprecated": false,
                     *         "toolkit": {
                     *           "logo": "https://logos.composio.dev/api/gmail"
                     *         },
                     *         "version": "20250910_00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Tool"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    executeSessionTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tool router session ID (required for public API, optional for internal, where middleware injects it).
                 * @example trs_4xY8pQ2mNa
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionExecuteRequest"];
            };
        };
        responses: {
            /**
             * @description The tool completed or failed, it waits for the user's input, or a hook blocked it.
             *     Check `result_type`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionExecuteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
        };
    };
    executeSessionMetaTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tool router session ID (required for public API, optional for internal, where middleware injects it).
                 * @example trs_4xY8pQ2mNa
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "slug": "COMPOSIO_SEARCH_TOOLS",
                 *       "arguments": {
                 *         "queries": [
                 *           {
                 *             "use_case": "create an issue in a GitHub repository"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SessionExecuteMetaRequest"];
            };
        };
        responses: {
            /**
             * @description The meta tool completed or failed, it waits for the user's input, or a hook blocked
             *     it. Check `result_type`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionExecuteMetaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
        };
    };
    proxyExecuteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tool router session ID (required for public API, optional for internal, where middleware injects it).
                 * @example trs_4xY8pQ2mNa
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionProxyExecuteRequest"];
            };
        };
        responses: {
            /**
             * @description The proxied call completed (`status` is the upstream API's HTTP status, and a 4xx or
             *     5xx there is the upstream's answer), or it waits for the user's input
             *     (`result_type: input_required`) and was not sent. Older servers answer without
             *     `result_type`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionProxyExecuteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
        };
    };
}
