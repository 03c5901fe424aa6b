/**
 * DO NOT EDIT. This file is generated from spec/openapi.yaml by
 * packages/testing/scripts/generate-spec.mjs. Change the spec and run `pnpm generate` instead.
 */
import type { SpecData } from "./spec-data";

export const SPEC: SpecData = {
  "operations": {
    "executeTool": {
      "method": "POST",
      "path": "/api/v3/tools/execute/{tool_slug}",
      "pathParams": [
        "tool_slug"
      ],
      "security": [
        "x-api-key",
        "x-user-api-key"
      ],
      "body": {
        "$ref": "ExecuteToolRequest"
      },
      "examples": {
        "successful": {
          "data": {
            "id": 2218361102,
            "number": 1482,
            "html_url": "https://github.com/composiohq/composio/issues/1482",
            "state": "open",
            "title": "Login button is misaligned on mobile"
          },
          "error": null,
          "successful": true,
          "log_id": "log_Xq3Vb7Tn1KpR",
          "session_info": {
            "session_id": "session-6f1c2a",
            "expires_at": "2026-11-21T13:00:00Z"
          }
        }
      },
      "statuses": [
        200,
        400,
        401,
        402,
        403,
        404,
        408,
        410,
        413,
        422,
        429,
        500,
        501,
        502,
        503
      ]
    },
    "executeSessionTool": {
      "method": "POST",
      "path": "/api/v3/tool_router/session/{session_id}/execute",
      "pathParams": [
        "session_id"
      ],
      "security": [
        "x-api-key"
      ],
      "body": {
        "$ref": "SessionExecuteRequest"
      },
      "examples": {
        "completed": {
          "result_type": "completed",
          "data": {
            "id": "18c2f0a9b7d4e611",
            "threadId": "18c2f0a9b7d4e611",
            "labelIds": [
              "SENT"
            ]
          },
          "error": null,
          "log_id": "log_Bq8Wd2Rk5MnT",
          "instant_charge": {
            "amount": "0.0042",
            "currency": "USD",
            "charged_by": "composio"
          }
        },
        "failed": {
          "result_type": "failed",
          "data": {},
          "error": "Recipient address rejected: ada@example.invalid",
          "log_id": "log_Kp2Zx7Vn4QsL"
        },
        "inputRequired": {
          "result_type": "input_required",
          "input_requests": {
            "approval_3f9a1c2b7d4e5f60": {
              "type": "elicitation",
              "mode": "form",
              "message": "Your agent wants to run the following tool:\n\nGMAIL_SEND_EMAIL({\"recipient_email\": \"ada@example.com\", \"subject\": \"Quarterly report\"})",
              "requested_schema": {
                "type": "object",
                "properties": {
                  "decision": {
                    "type": "string",
                    "enum": [
                      "approve",
                      "reject"
                    ],
                    "description": "Approve or reject this tool call."
                  }
                },
                "required": [
                  "decision"
                ]
              }
            }
          },
          "request_state": "rs_eyJ0b29sIjoiR01BSUxfU0VORF9FTUFJTCJ9"
        },
        "blocked": {
          "result_type": "blocked",
          "data": {},
          "error": "Blocked by policy: sending email outside the company domain needs approval.",
          "block_reason": {
            "hook": "before_execute",
            "policy": "external-email"
          },
          "hook_results": [
            {
              "hook": "before_execute",
              "decision": "block"
            }
          ],
          "log_id": "log_Hb3Ty8Pw1ZqR"
        },
        "legacy": {
          "data": {
            "id": "18c2f0a9b7d4e611",
            "threadId": "18c2f0a9b7d4e611"
          },
          "error": null,
          "log_id": "log_Bq8Wd2Rk5MnT"
        }
      },
      "statuses": [
        200,
        400,
        401,
        402,
        403,
        404,
        409,
        413,
        429,
        500,
        502
      ]
    },
    "executeSessionMetaTool": {
      "method": "POST",
      "path": "/api/v3/tool_router/session/{session_id}/execute_meta",
      "pathParams": [
        "session_id"
      ],
      "security": [
        "x-api-key"
      ],
      "body": {
        "$ref": "SessionExecuteMetaRequest"
      },
      "examples": {
        "completed": {
          "result_type": "completed",
          "data": {
            "results": [
              {
                "tool_slug": "GITHUB_CREATE_AN_ISSUE",
                "toolkit": "github",
                "description": "Create a new issue in a GitHub repository."
              }
            ]
          },
          "error": null,
          "log_id": "log_Mt4Hs9Qa2VcE"
        },
        "failed": {
          "result_type": "failed",
          "data": {},
          "error": "Recipient address rejected: ada@example.invalid",
          "log_id": "log_Kp2Zx7Vn4QsL"
        },
        "inputRequired": {
          "result_type": "input_required",
          "input_requests": {
            "approval_3f9a1c2b7d4e5f60": {
              "type": "elicitation",
              "mode": "form",
              "message": "Your agent wants to run the following tool:\n\nGMAIL_SEND_EMAIL({\"recipient_email\": \"ada@example.com\", \"subject\": \"Quarterly report\"})",
              "requested_schema": {
                "type": "object",
                "properties": {
                  "decision": {
                    "type": "string",
                    "enum": [
                      "approve",
                      "reject"
                    ],
                    "description": "Approve or reject this tool call."
                  }
                },
                "required": [
                  "decision"
                ]
              }
            }
          },
          "request_state": "rs_eyJ0b29sIjoiR01BSUxfU0VORF9FTUFJTCJ9"
        },
        "blocked": {
          "result_type": "blocked",
          "data": {},
          "error": "Blocked by policy: sending email outside the company domain needs approval.",
          "block_reason": {
            "hook": "before_execute",
            "policy": "external-email"
          },
          "hook_results": [
            {
              "hook": "before_execute",
              "decision": "block"
            }
          ],
          "log_id": "log_Hb3Ty8Pw1ZqR"
        },
        "legacy": {
          "data": {
            "id": "18c2f0a9b7d4e611",
            "threadId": "18c2f0a9b7d4e611"
          },
          "error": null,
          "log_id": "log_Bq8Wd2Rk5MnT"
        }
      },
      "statuses": [
        200,
        400,
        401,
        402,
        403,
        404,
        409,
        413,
        429,
        500,
        502
      ]
    },
    "proxyExecuteSession": {
      "method": "POST",
      "path": "/api/v3/tool_router/session/{session_id}/proxy_execute",
      "pathParams": [
        "session_id"
      ],
      "security": [
        "x-api-key",
        "x-user-api-key"
      ],
      "body": {
        "$ref": "SessionProxyExecuteRequest"
      },
      "examples": {
        "completed": {
          "result_type": "completed",
          "status": 200,
          "data": {
            "messages": [
              {
                "id": "18c2f0a9b7d4e611",
                "threadId": "18c2f0a9b7d4e611"
              }
            ],
            "resultSizeEstimate": 1
          },
          "headers": {
            "content-type": "application/json; charset=UTF-8",
            "cache-control": "private, max-age=0"
          }
        },
        "binary": {
          "result_type": "completed",
          "status": 200,
          "data": null,
          "binary_data": {
            "url": "https://storage.composio.dev/proxy/5c1e7d2a/report.pdf?signature=f3a9",
            "content_type": "application/pdf",
            "size": 48213,
            "expires_at": "2026-11-21T13:00:00Z"
          },
          "headers": {
            "content-type": "application/pdf"
          }
        },
        "inputRequired": {
          "result_type": "input_required",
          "input_requests": {
            "approval_3f9a1c2b7d4e5f60": {
              "type": "elicitation",
              "mode": "form",
              "message": "Your agent wants to run the following tool:\n\nGMAIL_SEND_EMAIL({\"recipient_email\": \"ada@example.com\", \"subject\": \"Quarterly report\"})",
              "requested_schema": {
                "type": "object",
                "properties": {
                  "decision": {
                    "type": "string",
                    "enum": [
                      "approve",
                      "reject"
                    ],
                    "description": "Approve or reject this tool call."
                  }
                },
                "required": [
                  "decision"
                ]
              }
            }
          },
          "request_state": "rs_eyJ0b29sIjoiR01BSUxfU0VORF9FTUFJTCJ9"
        }
      },
      "statuses": [
        200,
        400,
        401,
        402,
        403,
        404,
        409,
        413,
        429,
        500,
        502
      ]
    }
  },
  "schemas": {
    "ApiKeyConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "API_KEY"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "additionalProperties": true
        }
      }
    },
    "BasicConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "BASIC"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "username"
          ],
          "additionalProperties": true,
          "properties": {
            "username": {
              "type": "string"
            },
            "password": {
              "type": "string"
            }
          }
        }
      }
    },
    "BasicWithJwtConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "BASIC_WITH_JWT"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "username",
            "password"
          ],
          "additionalProperties": true,
          "properties": {
            "username": {
              "type": "string"
            },
            "password": {
              "type": "string"
            }
          }
        }
      }
    },
    "BearerTokenConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "BEARER_TOKEN"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "token"
          ],
          "additionalProperties": true,
          "properties": {
            "token": {
              "type": "string"
            }
          }
        }
      }
    },
    "BinaryBodyFromBase64": {
      "type": "object",
      "required": [
        "base64"
      ],
      "additionalProperties": false,
      "properties": {
        "base64": {
          "type": "string",
          "minLength": 1
        },
        "content_type": {
          "type": "string"
        }
      }
    },
    "BinaryBodyFromUrl": {
      "type": "object",
      "required": [
        "url"
      ],
      "additionalProperties": false,
      "properties": {
        "url": {
          "type": "string",
          "format": "uri"
        },
        "content_type": {
          "type": "string"
        }
      }
    },
    "CustomAuthParameter": {
      "type": "object",
      "required": [
        "name",
        "in",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string"
        },
        "in": {
          "type": "string",
          "enum": [
            "query",
            "header"
          ]
        },
        "value": {
          "type": [
            "string",
            "number"
          ]
        }
      }
    },
    "CustomAuthParams": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "base_url": {
          "type": "string"
        },
        "parameters": {
          "type": "array",
          "items": {
            "$ref": "CustomAuthParameter"
          }
        },
        "body": {
          "type": "object",
          "additionalProperties": true
        }
      }
    },
    "CustomConnectionData": {
      "oneOf": [
        {
          "$ref": "Oauth2ConnectionData"
        },
        {
          "$ref": "DcrOauthConnectionData"
        },
        {
          "$ref": "ApiKeyConnectionData"
        },
        {
          "$ref": "BasicWithJwtConnectionData"
        },
        {
          "$ref": "BasicConnectionData"
        },
        {
          "$ref": "BearerTokenConnectionData"
        },
        {
          "$ref": "Oauth1ConnectionData"
        },
        {
          "$ref": "NoAuthConnectionData"
        },
        {
          "$ref": "ServiceAccountConnectionData"
        },
        {
          "$ref": "GoogleServiceAccountConnectionData"
        },
        {
          "$ref": "S2sOauth2ConnectionData"
        }
      ],
      "discriminator": {
        "propertyName": "authScheme",
        "mapping": {
          "OAUTH2": "#/components/schemas/Oauth2ConnectionData",
          "DCR_OAUTH": "#/components/schemas/DcrOauthConnectionData",
          "API_KEY": "#/components/schemas/ApiKeyConnectionData",
          "BASIC_WITH_JWT": "#/components/schemas/BasicWithJwtConnectionData",
          "BASIC": "#/components/schemas/BasicConnectionData",
          "BEARER_TOKEN": "#/components/schemas/BearerTokenConnectionData",
          "OAUTH1": "#/components/schemas/Oauth1ConnectionData",
          "NO_AUTH": "#/components/schemas/NoAuthConnectionData",
          "SERVICE_ACCOUNT": "#/components/schemas/ServiceAccountConnectionData",
          "GOOGLE_SERVICE_ACCOUNT": "#/components/schemas/GoogleServiceAccountConnectionData",
          "S2S_OAUTH2": "#/components/schemas/S2sOauth2ConnectionData"
        }
      }
    },
    "DcrOauthConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "DCR_OAUTH"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "client_id",
            "access_token"
          ],
          "additionalProperties": true,
          "properties": {
            "client_id": {
              "type": "string"
            },
            "access_token": {
              "type": "string"
            }
          }
        }
      }
    },
    "ExecuteToolRequest": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "connected_account_id": {
          "anyOf": [
            {
              "type": "string",
              "const": "instant_account"
            },
            {
              "type": "string"
            }
          ]
        },
        "entity_id": {
          "type": "string"
        },
        "user_id": {
          "type": "string"
        },
        "version": {
          "type": "string"
        },
        "custom_auth_params": {
          "$ref": "CustomAuthParams"
        },
        "custom_connection_data": {
          "$ref": "CustomConnectionData"
        },
        "arguments": {
          "$ref": "ToolArguments"
        },
        "text": {
          "type": "string"
        },
        "allow_tracing": {
          "type": [
            "boolean",
            "null"
          ]
        }
      }
    },
    "GoogleServiceAccountConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "GOOGLE_SERVICE_ACCOUNT"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "credentials_json"
          ],
          "additionalProperties": true,
          "properties": {
            "credentials_json": {
              "type": "string"
            }
          }
        }
      }
    },
    "InputResponses": {
      "type": "object",
      "additionalProperties": true
    },
    "MetaToolSlug": {
      "type": "string",
      "enum": [
        "COMPOSIO_SEARCH_TOOLS",
        "COMPOSIO_MULTI_EXECUTE_TOOL",
        "COMPOSIO_MANAGE_CONNECTIONS",
        "COMPOSIO_WAIT_FOR_CONNECTIONS",
        "COMPOSIO_REMOTE_WORKBENCH",
        "COMPOSIO_REMOTE_BASH_TOOL",
        "COMPOSIO_GET_TOOL_SCHEMAS",
        "COMPOSIO_SUBMIT_FEEDBACK",
        "COMPOSIO_PROXY_EXECUTE"
      ]
    },
    "NoAuthConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "NO_AUTH"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "additionalProperties": true
        }
      }
    },
    "Oauth1ConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "OAUTH1"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "oauth_token",
            "oauth_token_secret"
          ],
          "additionalProperties": true,
          "properties": {
            "oauth_token": {
              "type": "string"
            },
            "oauth_token_secret": {
              "type": "string"
            }
          }
        }
      }
    },
    "Oauth2ConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "OAUTH2"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "access_token"
          ],
          "additionalProperties": true,
          "properties": {
            "access_token": {
              "type": "string"
            }
          }
        }
      }
    },
    "ProxyMethod": {
      "type": "string",
      "enum": [
        "GET",
        "POST",
        "PUT",
        "DELETE",
        "PATCH",
        "HEAD"
      ]
    },
    "ProxyParameter": {
      "type": "object",
      "required": [
        "name",
        "value",
        "type"
      ],
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string"
        },
        "value": {
          "type": "string"
        },
        "type": {
          "type": "string",
          "enum": [
            "header",
            "query"
          ]
        }
      }
    },
    "RequestState": {
      "type": "string"
    },
    "S2sOauth2ConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "S2S_OAUTH2"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "access_token"
          ],
          "additionalProperties": true,
          "properties": {
            "access_token": {
              "type": "string"
            }
          }
        }
      }
    },
    "ServiceAccountConnectionData": {
      "type": "object",
      "required": [
        "authScheme",
        "toolkitSlug",
        "val"
      ],
      "additionalProperties": false,
      "properties": {
        "authScheme": {
          "type": "string",
          "const": "SERVICE_ACCOUNT"
        },
        "toolkitSlug": {
          "type": "string"
        },
        "val": {
          "type": "object",
          "required": [
            "application_id",
            "installation_id",
            "private_key"
          ],
          "additionalProperties": true,
          "properties": {
            "application_id": {
              "type": "string"
            },
            "installation_id": {
              "type": "string"
            },
            "private_key": {
              "type": "string"
            }
          }
        }
      }
    },
    "SessionExecuteMetaRequest": {
      "type": "object",
      "required": [
        "slug"
      ],
      "additionalProperties": false,
      "properties": {
        "slug": {
          "$ref": "MetaToolSlug"
        },
        "arguments": {
          "type": "object",
          "additionalProperties": true
        },
        "input_responses": {
          "$ref": "InputResponses"
        },
        "request_state": {
          "$ref": "RequestState"
        }
      }
    },
    "SessionExecuteRequest": {
      "type": "object",
      "required": [
        "tool_slug"
      ],
      "additionalProperties": false,
      "properties": {
        "tool_slug": {
          "type": "string",
          "minLength": 1
        },
        "arguments": {
          "type": "object",
          "additionalProperties": true
        },
        "account": {
          "type": "string"
        },
        "enable_auto_workbench_offload": {
          "type": "boolean"
        },
        "input_responses": {
          "$ref": "InputResponses"
        },
        "request_state": {
          "$ref": "RequestState"
        }
      }
    },
    "SessionProxyExecuteRequest": {
      "type": "object",
      "required": [
        "toolkit_slug",
        "endpoint",
        "method"
      ],
      "additionalProperties": false,
      "properties": {
        "toolkit_slug": {
          "type": "string"
        },
        "endpoint": {
          "type": "string"
        },
        "method": {
          "$ref": "ProxyMethod"
        },
        "body": {},
        "binary_body": {
          "anyOf": [
            {
              "$ref": "BinaryBodyFromUrl"
            },
            {
              "$ref": "BinaryBodyFromBase64"
            }
          ]
        },
        "parameters": {
          "type": "array",
          "items": {
            "$ref": "ProxyParameter"
          }
        },
        "custom_connection_data": {
          "$ref": "CustomConnectionData"
        }
      }
    },
    "ToolArguments": {
      "type": "object",
      "additionalProperties": true
    }
  },
  "errors": {
    "400": {
      "message": "Validation error while processing request",
      "code": 10400,
      "slug": "Request_ValidationError",
      "status": 400,
      "request_id": "req_9a8b7c6d5e4f",
      "suggested_fix": "Please check the payload.",
      "errors": [
        "Error in payload.text.arguments: Only one of 'text' or 'arguments' must be provided"
      ]
    },
    "401": {
      "message": "Invalid API key",
      "code": 10401,
      "slug": "Auth_InvalidApiKey",
      "status": 401,
      "request_id": "req_1b2c3d4e5f6a",
      "suggested_fix": "Check the x-api-key header against the key in your project settings."
    },
    "402": {
      "message": "Wallet balance is exhausted; add credits to resume instant tool calls or connect your own account",
      "code": 10402,
      "slug": "Billing_InsufficientBalance",
      "status": 402,
      "request_id": "req_0a1b2c3d4e5f",
      "suggested_fix": "Add credits, or connect the toolkit with your own account."
    },
    "403": {
      "message": "The toolkit github is not allowed in this session",
      "code": 10403,
      "slug": "ToolRouter_ToolkitNotAllowed",
      "status": 403,
      "request_id": "req_2c3d4e5f6a7b"
    },
    "404": {
      "message": "No connected account found for this user and toolkit",
      "code": 10404,
      "slug": "ConnectedAccount_NotFound",
      "status": 404,
      "request_id": "req_3d4e5f6a7b8c",
      "suggested_fix": "Connect the user to the toolkit first."
    },
    "408": {
      "message": "The tool did not finish within the time limit",
      "code": 10408,
      "slug": "ToolExecution_Timeout",
      "status": 408,
      "request_id": "req_4e5f6a7b8c9d"
    },
    "409": {
      "message": "This input request was already answered",
      "code": 10409,
      "slug": "ToolRouter_InputAlreadyAnswered",
      "status": 409,
      "request_id": "req_3e4f5a6b7c8d"
    },
    "410": {
      "message": "This tool version has been retired",
      "code": 10410,
      "slug": "Tool_VersionRetired",
      "status": 410,
      "request_id": "req_5f6a7b8c9d0e",
      "suggested_fix": "Omit version to run the latest version of the tool."
    },
    "413": {
      "message": "Request body exceeds the maximum allowed size",
      "code": 10413,
      "slug": "Request_PayloadTooLarge",
      "status": 413,
      "request_id": "req_6a7b8c9d0e1f"
    },
    "422": {
      "message": "The arguments do not match the tool's input schema",
      "code": 10422,
      "slug": "ToolExecution_InvalidArguments",
      "status": 422,
      "request_id": "req_7b8c9d0e1f2a",
      "errors": [
        "arguments.owner: Required"
      ]
    },
    "429": {
      "message": "Rate limit exceeded",
      "code": 10429,
      "slug": "RateLimit_Exceeded",
      "status": 429,
      "request_id": "req_8c9d0e1f2a3b",
      "suggested_fix": "Retry after the number of seconds in the Retry-After header."
    },
    "500": {
      "message": "An unexpected error occurred",
      "code": 10500,
      "slug": "Internal_ServerError",
      "status": 500,
      "request_id": "req_9d0e1f2a3b4c"
    },
    "501": {
      "message": "Natural-language execution is not available for this tool",
      "code": 10501,
      "slug": "ToolExecution_TextNotSupported",
      "status": 501,
      "request_id": "req_0e1f2a3b4c5d",
      "suggested_fix": "Pass structured arguments instead of text."
    },
    "502": {
      "message": "The upstream API returned an invalid response",
      "code": 10502,
      "slug": "Upstream_BadGateway",
      "status": 502,
      "request_id": "req_1f2a3b4c5d6e"
    },
    "503": {
      "message": "The service is temporarily unavailable",
      "code": 10503,
      "slug": "Service_Unavailable",
      "status": 503,
      "request_id": "req_2a3b4c5d6e7f"
    }
  }
};
