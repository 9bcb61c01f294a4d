/**
 * Property-based bad input for every endpoint of the API: the endpoints come from the
 * OpenAPI document, who may call them from the routes' own @Roles/@Public metadata, and fast-check
 * makes the requests: bodies from the DTO schemas then broken (wrong types, missing and extra
 * fields, huge strings, Vietnamese and control characters, __proto__ keys, numbers at the edges),
 * random JSON, malformed JSON text, wrong content types, hostile path parameters and query strings,
 * and tokens of allowed roles, refused roles, no token and forged tokens.
 *
 * The pieces live in test/support/fuzz/: endpoints, values, tokens, bodies and requests.
 */
export * from './fuzz/endpoints';
export * from './fuzz/values';
export * from './fuzz/tokens';
export * from './fuzz/requests';
