package com.billsync.local.runtime.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A {@link DynamoDbClient} that counts what passes through it: requests per operation, items read (returned) and
 * items written, the written ones by the kind of item their sort key names ({@code LEDGER}, {@code MIRROR},
 * {@code BCID}, ...). Wraps the worker's client only, so the figures are the sync's own, with no change to
 * production code. Requests built through consumer lambdas reach the proxy as built requests (the interface's
 * default methods build them), so every call is seen.
 */
final class CountingDynamoDb implements InvocationHandler {

    /** What was counted between two snapshots. */
    record Counts(Map<String, Long> requests, long itemsRead, Map<String, Long> itemsWritten) {
        long requests(String... operations) {
            long n = 0;
            for (String op : operations) {
                n += requests.getOrDefault(op, 0L);
            }
            return n;
        }

        long writeRequests() {
            return requests("putItem", "updateItem", "deleteItem", "batchWriteItem", "transactWriteItems");
        }

        long readRequests() {
            return requests("getItem", "batchGetItem", "query", "scan", "transactGetItems");
        }

        long itemsWritten(String kind) {
            return itemsWritten.getOrDefault(kind, 0L);
        }

        long totalItemsWritten() {
            return itemsWritten.values().stream().mapToLong(Long::longValue).sum();
        }

        Counts minus(Counts earlier) {
            return new Counts(diff(requests, earlier.requests), itemsRead - earlier.itemsRead,
                    diff(itemsWritten, earlier.itemsWritten));
        }

        private static Map<String, Long> diff(Map<String, Long> now, Map<String, Long> before) {
            Map<String, Long> out = new TreeMap<>();
            now.forEach((k, v) -> {
                long d = v - before.getOrDefault(k, 0L);
                if (d != 0) {
                    out.put(k, d);
                }
            });
            return out;
        }
    }

    private final DynamoDbClient target;
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> written = new ConcurrentHashMap<>();
    private final LongAdder read = new LongAdder();

    private CountingDynamoDb(DynamoDbClient target) {
        this.target = target;
    }

    /** The counting client and the handle to read its counts. */
    static Wrapped wrap(DynamoDbClient target) {
        CountingDynamoDb handler = new CountingDynamoDb(target);
        DynamoDbClient proxy = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
        return new Wrapped(proxy, handler);
    }

    record Wrapped(DynamoDbClient client, CountingDynamoDb counter) {
    }

    Counts snapshot() {
        Map<String, Long> r = new TreeMap<>();
        requests.forEach((k, v) -> r.put(k, v.sum()));
        Map<String, Long> w = new TreeMap<>();
        written.forEach((k, v) -> w.put(k, v.sum()));
        return new Counts(r, read.sum(), w);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CountingDynamoDb[" + target + "]";
            };
        }
        boolean consumer = args != null && args.length == 1 && args[0] instanceof java.util.function.Consumer;
        if (method.isDefault() && (consumer || method.getName().endsWith("Paginator"))) {
            // The interface builds the request (or the paginator's pages) and calls back through this proxy.
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (args != null && args.length == 1 && args[0] instanceof SdkRequest request) {
            count(method.getName(), request, result);
        }
        return result;
    }

    private void count(String operation, Object request, Object response) {
        requests.computeIfAbsent(operation, k -> new LongAdder()).increment();
        switch (request) {
            case PutItemRequest put -> written(put.item());
            case UpdateItemRequest update -> written(update.key());
            case BatchWriteItemRequest batch -> batch.requestItems().values().forEach(list -> {
                for (WriteRequest w : list) {
                    written(w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key());
                }
            });
            case TransactWriteItemsRequest tx -> {
                for (TransactWriteItem item : tx.transactItems()) {
                    if (item.put() != null) {
                        written(item.put().item());
                    } else if (item.update() != null) {
                        written(item.update().key());
                    } else if (item.delete() != null) {
                        written(item.delete().key());
                    }
                }
            }
            default -> { }
        }
        switch (response) {
            case GetItemResponse get when get.hasItem() -> read.increment();
            case BatchGetItemResponse batch -> batch.responses().values().forEach(list -> read.add(list.size()));
            case QueryResponse query -> read.add(query.count());
            case TransactGetItemsResponse tx -> read.add(tx.responses().size());
            default -> { }
        }
    }

    private void written(Map<String, AttributeValue> item) {
        written.computeIfAbsent(kind(item), k -> new LongAdder()).increment();
    }

    /** The item's kind: its sort key up to the first {@code #} (a leading {@code #} kept: {@code #META}). */
    static String kind(Map<String, AttributeValue> item) {
        AttributeValue sk = item.get("sk");
        if (sk == null || sk.s() == null) {
            return "?";
        }
        String s = sk.s();
        int hash = s.indexOf('#', 1);
        return hash < 0 ? s : s.substring(0, hash);
    }
}
