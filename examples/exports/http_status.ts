// HttpStatus as a TypeScript module, written by status-registry: do not edit.

/**
 * HTTP status codes and reason phrases, as CPython's http.HTTPStatus has them
 */
export const HTTPStatus = {
  /** Continue: Request received, please continue */
  CONTINUE: 100,
  /** Switching Protocols: Switching to new protocol; obey Upgrade header */
  SWITCHING_PROTOCOLS: 101,
  /** Processing: Server is processing the request */
  PROCESSING: 102,
  /** Early Hints: Headers sent to prepare for the response */
  EARLY_HINTS: 103,
  /** OK: Request fulfilled, document follows */
  OK: 200,
  /** Created: Document created, URL follows */
  CREATED: 201,
  /** Accepted: Request accepted, processing continues off-line */
  ACCEPTED: 202,
  /** Non-Authoritative Information: Request fulfilled from cache */
  NON_AUTHORITATIVE_INFORMATION: 203,
  /** No Content: Request fulfilled, nothing follows */
  NO_CONTENT: 204,
  /** Reset Content: Clear input form for further input */
  RESET_CONTENT: 205,
  /** Partial Content: Partial content follows */
  PARTIAL_CONTENT: 206,
  /** Multi-Status: Response contains multiple statuses in the body */
  MULTI_STATUS: 207,
  /** Already Reported: Operation has already been reported */
  ALREADY_REPORTED: 208,
  /** IM Used: Request completed using instance manipulations */
  IM_USED: 226,
  /** Multiple Choices: Object has several resources -- see URI list */
  MULTIPLE_CHOICES: 300,
  /** Moved Permanently: Object moved permanently -- see URI list */
  MOVED_PERMANENTLY: 301,
  /** Found: Object moved temporarily -- see URI list */
  FOUND: 302,
  /** See Other: Object moved -- see Method and URL list */
  SEE_OTHER: 303,
  /** Not Modified: Document has not changed since given time */
  NOT_MODIFIED: 304,
  /** Use Proxy: You must use proxy specified in Location to access this resource */
  USE_PROXY: 305,
  /** Temporary Redirect: Object moved temporarily -- see URI list */
  TEMPORARY_REDIRECT: 307,
  /** Permanent Redirect: Object moved permanently -- see URI list */
  PERMANENT_REDIRECT: 308,
  /** Bad Request: Bad request syntax or unsupported method */
  BAD_REQUEST: 400,
  /** Unauthorized: No permission -- see authorization schemes */
  UNAUTHORIZED: 401,
  /** Payment Required: No payment -- see charging schemes */
  PAYMENT_REQUIRED: 402,
  /** Forbidden: Request forbidden -- authorization will not help */
  FORBIDDEN: 403,
  /** Not Found: Nothing matches the given URI */
  NOT_FOUND: 404,
  /** Method Not Allowed: Specified method is invalid for this resource */
  METHOD_NOT_ALLOWED: 405,
  /** Not Acceptable: URI not available in preferred format */
  NOT_ACCEPTABLE: 406,
  /** Proxy Authentication Required: You must authenticate with this proxy before proceeding */
  PROXY_AUTHENTICATION_REQUIRED: 407,
  /** Request Timeout: Request timed out; try again later */
  REQUEST_TIMEOUT: 408,
  /** Conflict: Request conflict */
  CONFLICT: 409,
  /** Gone: URI no longer exists and has been permanently removed */
  GONE: 410,
  /** Length Required: Client must specify Content-Length */
  LENGTH_REQUIRED: 411,
  /** Precondition Failed: Precondition in headers is false */
  PRECONDITION_FAILED: 412,
  /** Content Too Large: Content is too large */
  CONTENT_TOO_LARGE: 413,
  /** An alias of CONTENT_TOO_LARGE. */
  REQUEST_ENTITY_TOO_LARGE: 413,
  /** URI Too Long: URI is too long */
  URI_TOO_LONG: 414,
  /** An alias of URI_TOO_LONG. */
  REQUEST_URI_TOO_LONG: 414,
  /** Unsupported Media Type: Entity body in unsupported format */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Range Not Satisfiable: Cannot satisfy request range */
  RANGE_NOT_SATISFIABLE: 416,
  /** An alias of RANGE_NOT_SATISFIABLE. */
  REQUESTED_RANGE_NOT_SATISFIABLE: 416,
  /** Expectation Failed: Expect condition could not be satisfied */
  EXPECTATION_FAILED: 417,
  /** I'm a Teapot: Server refuses to brew coffee because it is a teapot */
  IM_A_TEAPOT: 418,
  /** Misdirected Request: Server is not able to produce a response */
  MISDIRECTED_REQUEST: 421,
  /** Unprocessable Content: Server is not able to process the contained instructions */
  UNPROCESSABLE_CONTENT: 422,
  /** An alias of UNPROCESSABLE_CONTENT. */
  UNPROCESSABLE_ENTITY: 422,
  /** Locked: Resource of a method is locked */
  LOCKED: 423,
  /** Failed Dependency: Dependent action of the request failed */
  FAILED_DEPENDENCY: 424,
  /** Too Early: Server refuses to process a request that might be replayed */
  TOO_EARLY: 425,
  /** Upgrade Required: Server refuses to perform the request using the current protocol */
  UPGRADE_REQUIRED: 426,
  /** Precondition Required: The origin server requires the request to be conditional */
  PRECONDITION_REQUIRED: 428,
  /** Too Many Requests: The user has sent too many requests in a given amount of time ("rate limiting") */
  TOO_MANY_REQUESTS: 429,
  /** Request Header Fields Too Large: The server is unwilling to process the request because its header fields are too large */
  REQUEST_HEADER_FIELDS_TOO_LARGE: 431,
  /** Unavailable For Legal Reasons: The server is denying access to the resource as a consequence of a legal demand */
  UNAVAILABLE_FOR_LEGAL_REASONS: 451,
  /** Internal Server Error: Server got itself in trouble */
  INTERNAL_SERVER_ERROR: 500,
  /** Not Implemented: Server does not support this operation */
  NOT_IMPLEMENTED: 501,
  /** Bad Gateway: Invalid responses from another server/proxy */
  BAD_GATEWAY: 502,
  /** Service Unavailable: The server cannot process the request due to a high load */
  SERVICE_UNAVAILABLE: 503,
  /** Gateway Timeout: The gateway server did not receive a timely response */
  GATEWAY_TIMEOUT: 504,
  /** HTTP Version Not Supported: Cannot fulfill request */
  HTTP_VERSION_NOT_SUPPORTED: 505,
  /** Variant Also Negotiates: Server has an internal configuration error */
  VARIANT_ALSO_NEGOTIATES: 506,
  /** Insufficient Storage: Server is not able to store the representation */
  INSUFFICIENT_STORAGE: 507,
  /** Loop Detected: Server encountered an infinite loop while processing a request */
  LOOP_DETECTED: 508,
  /** Not Extended: Request does not meet the resource access policy */
  NOT_EXTENDED: 510,
  /** Network Authentication Required: The client needs to authenticate to gain network access */
  NETWORK_AUTHENTICATION_REQUIRED: 511,
} as const;

/** A name of HTTPStatus: an entry's or an alias. */
export type Name = keyof typeof HTTPStatus;

/** A code of HTTPStatus. */
export type Code = (typeof HTTPStatus)[Name];

/** The name of a class of HTTPStatus. */
export type ClassName =
  | "INFORMATIONAL"
  | "SUCCESS"
  | "REDIRECTION"
  | "CLIENT_ERROR"
  | "SERVER_ERROR";

/** A class: a range of codes, with a name and a phrase. */
export interface Class {
  readonly name: ClassName;
  readonly phrase: string;
  /** The lowest code of the class. */
  readonly first: number;
  /** The highest code of the class. */
  readonly last: number;
}

/** An entry: its code, its names, and what it means. */
export interface Entry {
  readonly code: Code;
  readonly name: Name;
  readonly phrase: string;
  /** The description; "" when the registry gives none. */
  readonly description: string;
  /** The specification that defines the code, if the registry names one. */
  readonly reference: string | null;
  readonly class: ClassName | null;
  /** The entry's other names. */
  readonly aliases: readonly Name[];
}

/** Every class, in ascending order of their ranges. */
export const classes: readonly Class[] = [
  { name: "INFORMATIONAL", phrase: "Informational", first: 100, last: 199 },
  { name: "SUCCESS", phrase: "Success", first: 200, last: 299 },
  { name: "REDIRECTION", phrase: "Redirection", first: 300, last: 399 },
  { name: "CLIENT_ERROR", phrase: "Client Error", first: 400, last: 499 },
  { name: "SERVER_ERROR", phrase: "Server Error", first: 500, last: 599 },
];

/** Every entry, in the registry's order. */
export const entries: readonly Entry[] = [
  {
    code: 100,
    name: "CONTINUE",
    phrase: "Continue",
    description: "Request received, please continue",
    reference: "RFC9110, Section 15.2.1",
    class: "INFORMATIONAL",
    aliases: [],
  },
  {
    code: 101,
    name: "SWITCHING_PROTOCOLS",
    phrase: "Switching Protocols",
    description: "Switching to new protocol; obey Upgrade header",
    reference: "RFC9110, Section 15.2.2",
    class: "INFORMATIONAL",
    aliases: [],
  },
  {
    code: 102,
    name: "PROCESSING",
    phrase: "Processing",
    description: "Server is processing the request",
    reference: "RFC2518",
    class: "INFORMATIONAL",
    aliases: [],
  },
  {
    code: 103,
    name: "EARLY_HINTS",
    phrase: "Early Hints",
    description: "Headers sent to prepare for the response",
    reference: "RFC8297",
    class: "INFORMATIONAL",
    aliases: [],
  },
  {
    code: 200,
    name: "OK",
    phrase: "OK",
    description: "Request fulfilled, document follows",
    reference: "RFC9110, Section 15.3.1",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 201,
    name: "CREATED",
    phrase: "Created",
    description: "Document created, URL follows",
    reference: "RFC9110, Section 15.3.2",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 202,
    name: "ACCEPTED",
    phrase: "Accepted",
    description: "Request accepted, processing continues off-line",
    reference: "RFC9110, Section 15.3.3",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 203,
    name: "NON_AUTHORITATIVE_INFORMATION",
    phrase: "Non-Authoritative Information",
    description: "Request fulfilled from cache",
    reference: "RFC9110, Section 15.3.4",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 204,
    name: "NO_CONTENT",
    phrase: "No Content",
    description: "Request fulfilled, nothing follows",
    reference: "RFC9110, Section 15.3.5",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 205,
    name: "RESET_CONTENT",
    phrase: "Reset Content",
    description: "Clear input form for further input",
    reference: "RFC9110, Section 15.3.6",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 206,
    name: "PARTIAL_CONTENT",
    phrase: "Partial Content",
    description: "Partial content follows",
    reference: "RFC9110, Section 15.3.7",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 207,
    name: "MULTI_STATUS",
    phrase: "Multi-Status",
    description: "Response contains multiple statuses in the body",
    reference: "RFC4918",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 208,
    name: "ALREADY_REPORTED",
    phrase: "Already Reported",
    description: "Operation has already been reported",
    reference: "RFC5842",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 226,
    name: "IM_USED",
    phrase: "IM Used",
    description: "Request completed using instance manipulations",
    reference: "RFC3229",
    class: "SUCCESS",
    aliases: [],
  },
  {
    code: 300,
    name: "MULTIPLE_CHOICES",
    phrase: "Multiple Choices",
    description: "Object has several resources -- see URI list",
    reference: "RFC9110, Section 15.4.1",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 301,
    name: "MOVED_PERMANENTLY",
    phrase: "Moved Permanently",
    description: "Object moved permanently -- see URI list",
    reference: "RFC9110, Section 15.4.2",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 302,
    name: "FOUND",
    phrase: "Found",
    description: "Object moved temporarily -- see URI list",
    reference: "RFC9110, Section 15.4.3",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 303,
    name: "SEE_OTHER",
    phrase: "See Other",
    description: "Object moved -- see Method and URL list",
    reference: "RFC9110, Section 15.4.4",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 304,
    name: "NOT_MODIFIED",
    phrase: "Not Modified",
    description: "Document has not changed since given time",
    reference: "RFC9110, Section 15.4.5",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 305,
    name: "USE_PROXY",
    phrase: "Use Proxy",
    description: "You must use proxy specified in Location to access this resource",
    reference: "RFC9110, Section 15.4.6",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 307,
    name: "TEMPORARY_REDIRECT",
    phrase: "Temporary Redirect",
    description: "Object moved temporarily -- see URI list",
    reference: "RFC9110, Section 15.4.8",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 308,
    name: "PERMANENT_REDIRECT",
    phrase: "Permanent Redirect",
    description: "Object moved permanently -- see URI list",
    reference: "RFC9110, Section 15.4.9",
    class: "REDIRECTION",
    aliases: [],
  },
  {
    code: 400,
    name: "BAD_REQUEST",
    phrase: "Bad Request",
    description: "Bad request syntax or unsupported method",
    reference: "RFC9110, Section 15.5.1",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 401,
    name: "UNAUTHORIZED",
    phrase: "Unauthorized",
    description: "No permission -- see authorization schemes",
    reference: "RFC9110, Section 15.5.2",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 402,
    name: "PAYMENT_REQUIRED",
    phrase: "Payment Required",
    description: "No payment -- see charging schemes",
    reference: "RFC9110, Section 15.5.3",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 403,
    name: "FORBIDDEN",
    phrase: "Forbidden",
    description: "Request forbidden -- authorization will not help",
    reference: "RFC9110, Section 15.5.4",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 404,
    name: "NOT_FOUND",
    phrase: "Not Found",
    description: "Nothing matches the given URI",
    reference: "RFC9110, Section 15.5.5",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 405,
    name: "METHOD_NOT_ALLOWED",
    phrase: "Method Not Allowed",
    description: "Specified method is invalid for this resource",
    reference: "RFC9110, Section 15.5.6",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 406,
    name: "NOT_ACCEPTABLE",
    phrase: "Not Acceptable",
    description: "URI not available in preferred format",
    reference: "RFC9110, Section 15.5.7",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 407,
    name: "PROXY_AUTHENTICATION_REQUIRED",
    phrase: "Proxy Authentication Required",
    description: "You must authenticate with this proxy before proceeding",
    reference: "RFC9110, Section 15.5.8",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 408,
    name: "REQUEST_TIMEOUT",
    phrase: "Request Timeout",
    description: "Request timed out; try again later",
    reference: "RFC9110, Section 15.5.9",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 409,
    name: "CONFLICT",
    phrase: "Conflict",
    description: "Request conflict",
    reference: "RFC9110, Section 15.5.10",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 410,
    name: "GONE",
    phrase: "Gone",
    description: "URI no longer exists and has been permanently removed",
    reference: "RFC9110, Section 15.5.11",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 411,
    name: "LENGTH_REQUIRED",
    phrase: "Length Required",
    description: "Client must specify Content-Length",
    reference: "RFC9110, Section 15.5.12",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 412,
    name: "PRECONDITION_FAILED",
    phrase: "Precondition Failed",
    description: "Precondition in headers is false",
    reference: "RFC9110, Section 15.5.13",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 413,
    name: "CONTENT_TOO_LARGE",
    phrase: "Content Too Large",
    description: "Content is too large",
    reference: "RFC9110, Section 15.5.14",
    class: "CLIENT_ERROR",
    aliases: ["REQUEST_ENTITY_TOO_LARGE"],
  },
  {
    code: 414,
    name: "URI_TOO_LONG",
    phrase: "URI Too Long",
    description: "URI is too long",
    reference: "RFC9110, Section 15.5.15",
    class: "CLIENT_ERROR",
    aliases: ["REQUEST_URI_TOO_LONG"],
  },
  {
    code: 415,
    name: "UNSUPPORTED_MEDIA_TYPE",
    phrase: "Unsupported Media Type",
    description: "Entity body in unsupported format",
    reference: "RFC9110, Section 15.5.16",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 416,
    name: "RANGE_NOT_SATISFIABLE",
    phrase: "Range Not Satisfiable",
    description: "Cannot satisfy request range",
    reference: "RFC9110, Section 15.5.17",
    class: "CLIENT_ERROR",
    aliases: ["REQUESTED_RANGE_NOT_SATISFIABLE"],
  },
  {
    code: 417,
    name: "EXPECTATION_FAILED",
    phrase: "Expectation Failed",
    description: "Expect condition could not be satisfied",
    reference: "RFC9110, Section 15.5.18",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 418,
    name: "IM_A_TEAPOT",
    phrase: "I'm a Teapot",
    description: "Server refuses to brew coffee because it is a teapot",
    reference: "RFC9110, Section 15.5.19",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 421,
    name: "MISDIRECTED_REQUEST",
    phrase: "Misdirected Request",
    description: "Server is not able to produce a response",
    reference: "RFC9110, Section 15.5.20",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 422,
    name: "UNPROCESSABLE_CONTENT",
    phrase: "Unprocessable Content",
    description: "Server is not able to process the contained instructions",
    reference: "RFC9110, Section 15.5.21",
    class: "CLIENT_ERROR",
    aliases: ["UNPROCESSABLE_ENTITY"],
  },
  {
    code: 423,
    name: "LOCKED",
    phrase: "Locked",
    description: "Resource of a method is locked",
    reference: "RFC4918",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 424,
    name: "FAILED_DEPENDENCY",
    phrase: "Failed Dependency",
    description: "Dependent action of the request failed",
    reference: "RFC4918",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 425,
    name: "TOO_EARLY",
    phrase: "Too Early",
    description: "Server refuses to process a request that might be replayed",
    reference: "RFC8470",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 426,
    name: "UPGRADE_REQUIRED",
    phrase: "Upgrade Required",
    description: "Server refuses to perform the request using the current protocol",
    reference: "RFC9110, Section 15.5.22",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 428,
    name: "PRECONDITION_REQUIRED",
    phrase: "Precondition Required",
    description: "The origin server requires the request to be conditional",
    reference: "RFC6585",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 429,
    name: "TOO_MANY_REQUESTS",
    phrase: "Too Many Requests",
    description: "The user has sent too many requests in a given amount of time (\"rate limiting\")",
    reference: "RFC6585",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 431,
    name: "REQUEST_HEADER_FIELDS_TOO_LARGE",
    phrase: "Request Header Fields Too Large",
    description: "The server is unwilling to process the request because its header fields are too large",
    reference: "RFC6585",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 451,
    name: "UNAVAILABLE_FOR_LEGAL_REASONS",
    phrase: "Unavailable For Legal Reasons",
    description: "The server is denying access to the resource as a consequence of a legal demand",
    reference: "RFC7725",
    class: "CLIENT_ERROR",
    aliases: [],
  },
  {
    code: 500,
    name: "INTERNAL_SERVER_ERROR",
    phrase: "Internal Server Error",
    description: "Server got itself in trouble",
    reference: "RFC9110, Section 15.6.1",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 501,
    name: "NOT_IMPLEMENTED",
    phrase: "Not Implemented",
    description: "Server does not support this operation",
    reference: "RFC9110, Section 15.6.2",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 502,
    name: "BAD_GATEWAY",
    phrase: "Bad Gateway",
    description: "Invalid responses from another server/proxy",
    reference: "RFC9110, Section 15.6.3",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 503,
    name: "SERVICE_UNAVAILABLE",
    phrase: "Service Unavailable",
    description: "The server cannot process the request due to a high load",
    reference: "RFC9110, Section 15.6.4",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 504,
    name: "GATEWAY_TIMEOUT",
    phrase: "Gateway Timeout",
    description: "The gateway server did not receive a timely response",
    reference: "RFC9110, Section 15.6.5",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 505,
    name: "HTTP_VERSION_NOT_SUPPORTED",
    phrase: "HTTP Version Not Supported",
    description: "Cannot fulfill request",
    reference: "RFC9110, Section 15.6.6",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 506,
    name: "VARIANT_ALSO_NEGOTIATES",
    phrase: "Variant Also Negotiates",
    description: "Server has an internal configuration error",
    reference: "RFC2295",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 507,
    name: "INSUFFICIENT_STORAGE",
    phrase: "Insufficient Storage",
    description: "Server is not able to store the representation",
    reference: "RFC4918",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 508,
    name: "LOOP_DETECTED",
    phrase: "Loop Detected",
    description: "Server encountered an infinite loop while processing a request",
    reference: "RFC5842",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 510,
    name: "NOT_EXTENDED",
    phrase: "Not Extended",
    description: "Request does not meet the resource access policy",
    reference: "RFC2774; status-change-http-experiments-to-historic",
    class: "SERVER_ERROR",
    aliases: [],
  },
  {
    code: 511,
    name: "NETWORK_AUTHENTICATION_REQUIRED",
    phrase: "Network Authentication Required",
    description: "The client needs to authenticate to gain network access",
    reference: "RFC6585",
    class: "SERVER_ERROR",
    aliases: [],
  },
];

// Objects without a prototype: no name such as "toString" is found in them.
const byCode: { [code: string]: Entry | undefined } = Object.create(null);
const byName: { [name: string]: Entry | undefined } = Object.create(null);
for (const entry of entries) {
  byCode[String(entry.code)] = entry;
  byName[entry.name] = entry;
  for (const alias of entry.aliases) {
    byName[alias] = entry;
  }
}

/** The entry with this code, if any. */
export function fromCode(code: number): Entry | undefined {
  return byCode[String(code)];
}

/** The entry with this name or alias (an exact, case-sensitive match), if any. */
export function fromName(name: string): Entry | undefined {
  return byName[name];
}

/** Whether `code` is a code of an entry. */
export function isCode(code: number): code is Code {
  return fromCode(code) !== undefined;
}

/** The class whose range holds `code`, registered or not, if any. */
export function classOf(code: number): Class | undefined {
  for (const candidate of classes) {
    if (candidate.first <= code && code <= candidate.last) {
      return candidate;
    }
  }
  return undefined;
}
