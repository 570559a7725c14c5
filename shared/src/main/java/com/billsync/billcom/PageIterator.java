package com.billsync.billcom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one listing, fetched lazily: each {@link #next()} is one Bill.com call (plus retries).
 * It ends when Bill.com sends no next-page token, or sends one it already sent (a server looping on a token
 * must not keep a step busy forever). Records that cannot be mapped go to the page's
 * {@link Page#malformed()} list; the others are still returned.
 */
public final class PageIterator<T> implements Iterator<Page<T>> {

    private static final Logger LOG = LoggerFactory.getLogger(PageIterator.class);

    /** Fetches one raw page by token ({@code null}: the first). */
    @FunctionalInterface
    interface PageSource {
        RawPage fetch(String pageToken);
    }

    /** A page as Bill.com sent it: its records and the next token ({@code null} or blank: none). */
    record RawPage(List<JsonNode> results, String nextToken) {
    }

    private final String name;
    private final PageSource source;
    private final Class<T> type;
    private final String cursorValue;
    private final Set<String> seenTokens = new HashSet<>();
    private String token;
    private boolean done;

    PageIterator(String name, PageSource source, Class<T> type, ListCheckpoint start) {
        this.name = name;
        this.source = source;
        this.type = type;
        this.cursorValue = start.cursorValue();
        this.token = start.pageToken();
        if (token != null) {
            seenTokens.add(token);
        }
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public Page<T> next() {
        if (done) {
            throw new NoSuchElementException(name + ": no more pages");
        }
        RawPage raw = source.fetch(token);
        List<T> records = new ArrayList<>(raw.results().size());
        List<MalformedRecord> malformed = new ArrayList<>();
        for (JsonNode node : raw.results()) {
            BillcomJson.Mapped<T> mapped = BillcomJson.map(node, type);
            if (mapped.malformed() != null) {
                LOG.warn("Bill.com {}: record {} could not be mapped: {}", name, mapped.malformed().id(),
                        mapped.malformed().reason());
                malformed.add(mapped.malformed());
            } else {
                records.add(mapped.record());
            }
        }
        String next = raw.nextToken() == null || raw.nextToken().isBlank() ? null : raw.nextToken();
        if (next != null && !seenTokens.add(next)) {
            LOG.warn("Bill.com {}: next-page token repeated; treating the listing as complete", name);
            next = null;
        }
        token = next;
        done = next == null;
        LOG.debug("Bill.com {}: page of {} record(s) ({} malformed), last={}", name, records.size() + malformed.size(),
                malformed.size(), done);
        return new Page<>(records, malformed, checkpoint(), done);
    }

    /** Where this listing resumes: the next page to fetch. */
    public ListCheckpoint checkpoint() {
        return new ListCheckpoint(token, cursorValue);
    }

    /** Fetches every remaining page and returns their mapped records (malformed ones are logged and left out). */
    public List<T> remainingRecords() {
        List<T> all = new ArrayList<>();
        while (hasNext()) {
            all.addAll(next().records());
        }
        return all;
    }
}
