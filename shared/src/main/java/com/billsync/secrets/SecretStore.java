package com.billsync.secrets;

import java.util.Optional;

/** Named secret strings. Implementations never log or put a value into an exception message. */
public interface SecretStore {

    /** Creates the secret; throws {@link IllegalStateException} if it already exists. */
    void create(String name, String value);

    /** The current value, or empty when the secret does not exist or is scheduled for deletion. */
    Optional<String> read(String name);

    /** Stores a new current value (rotation), creating the secret when it does not exist. */
    void put(String name, String value);

    /** Schedules the secret's deletion after the store's recovery window; a missing secret is ignored. */
    void scheduleDeletion(String name);

    /** Deletes the secret without a recovery window (used to undo a create); a missing secret is ignored. */
    void deleteNow(String name);
}
