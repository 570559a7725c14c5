package com.billsync.simulator.http;

import com.billsync.simulator.error.BdcError;
import com.billsync.simulator.store.Json;
import com.billsync.simulator.store.OrgData;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.util.Map;

/**
 * One routed request, after the pipeline has authenticated it.
 *
 * @param pathParams values of the route's {@code {id}} segments, by name
 * @param query first value of each query parameter
 * @param form v2 form fields (empty for v3)
 * @param session the caller's session; null for login
 * @param org the session's organization; null for login
 */
public record Request(String method, String path, Map<String, String> pathParams, Map<String, String> query,
                      Headers headers, byte[] body, Map<String, String> form, Sessions.Session session,
                      OrgData org) {

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The JSON body; an empty or unparsable body is a BDC_1122. */
    public JsonNode json() {
        try {
            JsonNode node = body.length == 0 ? null : Json.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw BdcError.JSON_PARSE.exception();
            }
            return node;
        } catch (IOException e) {
            throw BdcError.JSON_PARSE.exception();
        }
    }

    /** The v2 {@code data} form field as JSON; absent data is an empty object. */
    public JsonNode v2Data() {
        String data = form.get("data");
        if (data == null || data.isBlank()) {
            return Json.object();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(data);
            if (node == null || !node.isObject()) {
                throw BdcError.JSON_PARSE.exception();
            }
            return node;
        } catch (IOException e) {
            throw BdcError.JSON_PARSE.exception();
        }
    }
}
