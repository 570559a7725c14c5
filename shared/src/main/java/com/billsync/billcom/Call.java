package com.billsync.billcom;

import com.billsync.billcom.session.ApiVersion;
import java.net.URI;
import java.util.Map;

/**
 * One logical Bill.com request, before any retry.
 *
 * @param api which API (decides how the response is read)
 * @param method HTTP method
 * @param uri the full URI
 * @param label the endpoint as counted and logged, e.g. {@code GET /v3/vendors/{id}}
 * @param headers extra headers (the v3 {@code devKey} and {@code sessionId})
 * @param contentType the body's content type, when there is a body
 * @param body the request body, or {@code null}
 * @param sessionId the session the call uses, or {@code null}: scrubbed from anything the call reports
 * @param safety whether the call may be repeated after an uncertain failure
 */
record Call(
        ApiVersion api,
        String method,
        URI uri,
        String label,
        Map<String, String> headers,
        String contentType,
        String body,
        String sessionId,
        Safety safety) {

    /** What repeating a call after a failure whose effect is unknown (I/O, 5xx) could do. */
    enum Safety {
        /** Reads and login: repeating changes nothing. */
        SAFE,
        /** Writes that land in the same state however often they are applied (patch, archive, restore). */
        IDEMPOTENT,
        /** Writes that would apply twice (create): never repeated after an uncertain failure. */
        UNSAFE;

        boolean repeatableAfterUncertainFailure() {
            return this != UNSAFE;
        }
    }

    Call {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        // Never print headers or body: they carry the dev key, session id or password.
        return "Call[" + label + "]";
    }
}
