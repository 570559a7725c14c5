package com.billsync.local.runtime.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Checks at start that a configured URL answers at all, so a typo fails the start rather than the first sync. */
final class Reachability {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private Reachability() {
    }

    /** Any HTTP answer counts (Bill.com answers a bare base URL with an error); no answer is a start failure. */
    static void check(String what, URI url) {
        if (url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().equals("http") || url.getScheme().equals("https"))) {
            throw new BillsyncStack.StackStartException(what + " URL '" + url + "' is not an http(s) URL", null);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            client.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new BillsyncStack.StackStartException("cannot reach " + what + " at " + url + ": no answer within "
                    + TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new BillsyncStack.StackStartException("cannot reach " + what + " at " + url + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BillsyncStack.StackStartException("interrupted while checking " + what, e);
        }
    }
}
